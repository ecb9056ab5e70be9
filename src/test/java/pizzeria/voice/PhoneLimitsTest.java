package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;
import pizzeria.voice.twilio.TwilioSignature;

@DisplayName("The phone line under limits, replays and bad input")
class PhoneLimitsTest {
    private static final String TOKEN = "test-twilio-token";
    private static final String PUBLIC_URL = "https://gw.example.com";
    private static final String OPEN = "2026-11-24T18:30:00-05:00";
    private static RunningGateway gw;

    @BeforeAll
    static void start() throws Exception {
        // Provider keys make the line "ready" (a stream is offered); nothing here connects a stream that reaches them.
        gw = RunningGateway.with(Map.of("TWILIO_AUTH_TOKEN", TOKEN, "PUBLIC_URL", PUBLIC_URL, "MAX_CALLS", "1",
                "MEDIA_START_TIMEOUT_MS", "1500", "DEEPGRAM_API_KEY", "dg-test", "DEEPGRAM_URL", "ws://127.0.0.1:9/v1/listen",
                "CARTESIA_API_KEY", "ct-test", "CARTESIA_URL", "ws://127.0.0.1:9/tts"), RunningGateway.SPEC.resolve("restaurant.example.yaml"));
    }

    @AfterAll
    static void stop() {
        gw.close();
    }

    /** A form posted as Twilio posts it, signed. */
    private static HttpResponse<Buffer> signed(String path, MultiMap form, Map<String, String> headers) {
        Map<String, String> params = new HashMap<>();
        form.forEach(e -> params.put(e.getKey(), e.getValue()));
        Map<String, String> h = new HashMap<>(headers);
        h.put("X-Twilio-Signature", new TwilioSignature(TOKEN).sign(PUBLIC_URL + path, params));
        return gw.postForm(path, form, h);
    }

    private static HttpResponse<Buffer> voice(String callSid, String from) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap().add("CallSid", callSid).add("From", from).add("To", "+12015550100")
                .add("AccountSid", "ACtest").add("CallStatus", "ringing");
        return signed("/twilio/voice", form, Map.of("X-Clock", OPEN));
    }

    private static void assertJsonError(HttpResponse<Buffer> r, int status) {
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
        assertThat(r.getHeader("Content-Type")).startsWith("application/json");
        assertThat(r.bodyAsJsonObject().getString("error")).isNotBlank();
    }

    @Test
    @DisplayName("a replayed CallSid keeps the live call; over MAX_CALLS a phone caller goes to the staff line and a text call gets 503")
    void replayAndLimit() {
        assertThat(voice("CAlive", "+19735550001").bodyAsString()).contains("<Stream");
        HttpResponse<Buffer> replay = voice("CAlive", "+19735550666");
        assertJsonError(replay, 409);
        JsonObject live = gw.get("/v1/calls/CAlive", null).bodyAsJsonObject();
        assertThat(live.getBoolean("ended")).isFalse();
        assertThat(live.getJsonObject("cart").getString("callerPhone")).as("the live call is not replaced").isEqualTo("+19735550001");

        String staff = voice("CAsecond", "+19735550002").bodyAsString();
        assertThat(staff).contains("<Dial").contains("+12015550199").doesNotContain("<Stream");
        assertThat(gw.get("/v1/calls/CAsecond", null).statusCode()).as("no call is kept for a caller sent to staff").isEqualTo(404);
        var text = gw.post("/v1/calls", new JsonObject().put("to", "+12015550100").put("from", "+19735550003"), Map.of("X-Clock", OPEN));
        assertJsonError(text, 503);
        assertThat(text.getHeader("Retry-After")).isNotBlank();
    }

    @Test
    @DisplayName("a signed status callback with an empty form is 400 with a JSON body; an unsigned one is 403 JSON")
    void emptyStatus() {
        assertJsonError(signed("/twilio/status", MultiMap.caseInsensitiveMultiMap(), Map.of()), 400);
        assertJsonError(gw.postForm("/twilio/status", MultiMap.caseInsensitiveMultiMap().add("CallSid", "CAx"), Map.of()), 403);
    }

    @Test
    @DisplayName("500 malformed frames on a media socket with no token: one short warning, no stack trace, the socket closed after a few")
    void malformedFrames() throws Exception {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override public void publish(LogRecord r) { records.add(r); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            Connected socket = connect();
            for (int i = 0; i < 500; i++) socket.ws.writeTextMessage("{not json " + i);
            short code = PhoneRig.await(socket.closed.future(), Duration.ofSeconds(10), "the socket closed");
            assertThat(code).isEqualTo((short) 1008);
        } finally {
            root.removeHandler(capture);
        }
        assertThat(records).noneMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue());
        assertThat(records).noneMatch(r -> r.getThrown() != null);
        assertThat(records.stream().filter(r -> r.getLoggerName().endsWith("TwilioMediaSocket"))).hasSize(1);
    }

    @Test
    @DisplayName("a media socket that sends no valid start is closed after MEDIA_START_TIMEOUT_MS")
    void silentSocketTimedOut() throws Exception {
        Connected socket = connect();
        short code = PhoneRig.await(socket.closed.future(), Duration.ofSeconds(15), "the silent socket closed");
        assertThat(code).isEqualTo((short) 1008);
    }

    private record Connected(WebSocket ws, Promise<Short> closed) { }

    private static Connected connect() throws InterruptedException {
        WebSocketClient client = gw.vertx().createWebSocketClient();
        WebSocket ws = PhoneRig.await(client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(gw.port())
                .setURI("/twilio/media")), Duration.ofSeconds(5), "the media socket");
        Promise<Short> closed = Promise.promise();
        ws.closeHandler(v -> closed.tryComplete(ws.closeStatusCode()));
        return new Connected(ws, closed);
    }
}
