package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Row;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.store.Database;
import pizzeria.testing.GatewayProcess;
import pizzeria.testing.RunningGateway;
import pizzeria.voice.fakes.FakeCartesia;
import pizzeria.voice.fakes.FakeDeepgram;
import pizzeria.voice.fakes.FakeTwilioCaller;
import pizzeria.voice.fakes.FakeTwilioRest;
import pizzeria.voice.twilio.TwilioSignature;

/**
 * SIGTERM to a real gateway process (pizzeria.Main, as `make run` starts it) with a phone call and a text call
 * in progress: they finish, their orders are stored, new calls are refused, /health says draining, and the
 * process exits 0.
 */
@DisplayName("A gateway told to stop (SIGTERM) drains its calls")
class DrainTest {
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");
    private static final String[] ORDER = {"a large cheese pie", "no, that's all", "yes", "Sam", "pickup", "yes"};
    private static final String CLOCK = "2026-11-24T18:30:00-05:00";

    private final Vertx fakes = Vertx.vertx();
    private FakeDeepgram deepgram;
    private FakeTwilioRest twilio;
    private GatewayProcess gw;
    private WebClient http;

    @BeforeEach
    void start() throws Exception {
        deepgram = FakeDeepgram.start(fakes).await();
        FakeCartesia cartesia = FakeCartesia.start(fakes).await();
        cartesia.charactersPerSecond(200);
        twilio = FakeTwilioRest.start(fakes).await();
        Map<String, String> env = new HashMap<>(Map.of("DEEPGRAM_API_KEY", "dg-test", "DEEPGRAM_URL", deepgram.url(),
                "CARTESIA_API_KEY", "ct-test", "CARTESIA_URL", cartesia.url(), "TWILIO_AUTH_TOKEN", PhoneRig.AUTH_TOKEN,
                "TWILIO_ACCOUNT_SID", "ACtest", "TWILIO_API_URL", twilio.url(), "PUBLIC_URL", PhoneRig.PUBLIC_URL,
                "SILENCE_PROMPT_MS", "60000"));
        env.put("DRAIN_MS", "60000");
        gw = GatewayProcess.start(env, RunningGateway.SPEC.resolve("restaurant.example.yaml"));
        http = WebClient.create(fakes, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(gw.port()));
    }

    @AfterEach
    void stop() {
        gw.close();
        fakes.close().await();
    }

    @Test
    @DisplayName("a phone call and a text call in progress at SIGTERM both finish with their orders stored; then exit 0")
    void callsInProgressFinish() throws Exception {
        deepgram.script(0, ORDER);
        FakeTwilioCaller phone = dial("CAdrainphone", "+19735550101");
        PhoneRig.awaitReply(phone, 0);
        PhoneRig.sayAndWait(phone, ORDER[0]);
        String text = post("/v1/calls", new JsonObject().put("to", "+12015550100").put("from", "+19735550102"))
                .bodyAsJsonObject().getString("callId");
        post("/v1/calls/" + text + "/turns", new JsonObject().put("text", ORDER[0]));

        gw.terminate();
        awaitDraining();

        HttpResponse<Buffer> refused = post("/v1/calls", new JsonObject().put("to", "+12015550100").put("from", "+19735550103"));
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.bodyAsJsonObject().getString("error")).contains("shutting down");
        assertThat(voiceWebhook("CAdrainlate", "+19735550104")).as("a new phone call goes to the staff line")
                .contains("<Dial", "+12015550199</Dial>").doesNotContain("<Stream");

        for (int i = 1; i < ORDER.length; i++) PhoneRig.sayAndWait(phone, ORDER[i]);
        JsonObject last = null;
        for (int i = 1; i < ORDER.length; i++) last = post("/v1/calls/" + text + "/turns", new JsonObject().put("text", ORDER[i])).bodyAsJsonObject();
        assertThat(last.getString("orderId")).as(last.encodePrettily()).isNotNull();
        PhoneRig.await(phone.closedFuture(), Duration.ofSeconds(20), "the phone call's end after its confirmation");

        assertThat(gw.exitCode(Duration.ofSeconds(30))).as("exit code").isZero();
        assertThat(storedOrders()).as("placed orders in the database, by caller")
                .containsExactlyInAnyOrder("+19735550101 placed", "+19735550102 placed");
        assertThat(gw.log()).contains("stopped");
    }

    /** /health turns 503 draining at once; the signal reaches the other process on its own time, so it is polled. */
    private void awaitDraining() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            var health = gw.get("/health");
            if (health.statusCode() == 503) {
                assertThat(new JsonObject(health.body())).isEqualTo(new JsonObject().put("status", "draining"));
                return;
            }
            Thread.sleep(20); // polling the child process after its signal, with a deadline
        }
        throw new AssertionError("/health never said draining:\n" + gw.log());
    }

    private HttpResponse<Buffer> post(String path, JsonObject body) {
        return http.post(path).putHeader("X-Clock", CLOCK).sendJsonObject(body).await();
    }

    private FakeTwilioCaller dial(String callSid, String from) throws InterruptedException {
        String twiml = voiceWebhook(callSid, from);
        Matcher m = TOKEN.matcher(twiml);
        if (!m.find()) throw new AssertionError("no stream in " + twiml);
        return PhoneRig.await(FakeTwilioCaller.connect(fakes, gw.port(), callSid, Map.of("callSid", callSid, "token", m.group(1)), 0),
                Duration.ofSeconds(10), "the media stream");
    }

    private String voiceWebhook(String callSid, String from) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap().add("CallSid", callSid).add("From", from).add("To", "+12015550100")
                .add("AccountSid", "ACtest").add("CallStatus", "ringing");
        Map<String, String> params = new HashMap<>();
        form.forEach(e -> params.put(e.getKey(), e.getValue()));
        return http.post("/twilio/voice").putHeader("X-Twilio-Signature",
                        new TwilioSignature(PhoneRig.AUTH_TOKEN).sign(PhoneRig.PUBLIC_URL + "/twilio/voice", params))
                .putHeader("X-Clock", CLOCK).sendForm(form).await().bodyAsString();
    }

    private List<String> storedOrders() {
        Vertx vertx = Vertx.vertx();
        try {
            Database db = Database.connect(vertx, gw.databaseUrl()).await();
            List<String> out = new ArrayList<>();
            for (Row r : db.pool().query("SELECT caller_phone, status FROM t_tonys_pizza.orders WHERE placed_at IS NOT NULL").execute().await()) {
                out.add(r.getString(0) + " " + r.getString(1));
            }
            db.close().await();
            return out;
        } finally {
            vertx.close().await();
        }
    }
}
