package pizzeria.voice;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pizzeria.testing.GatewayProcess;
import pizzeria.testing.RunningGateway;
import pizzeria.voice.fakes.FakeCartesia;
import pizzeria.voice.fakes.FakeDeepgram;
import pizzeria.voice.fakes.FakeTwilioCaller;
import pizzeria.voice.fakes.FakeTwilioRest;
import pizzeria.voice.twilio.TwilioSignature;

/**
 * A real gateway process (pizzeria.Main, as `make run` starts it) with the reference tenant, talking to fake
 * Deepgram, Cartesia and Twilio REST servers: what the tests of a signal need, a phone call among them.
 */
final class PhoneProcessRig implements AutoCloseable {
    static final String CLOCK = "2026-11-24T18:30:00-05:00";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");

    final Vertx fakes = Vertx.vertx();
    final FakeDeepgram deepgram;
    final FakeTwilioRest twilio;
    final GatewayProcess gw;
    final WebClient http;

    PhoneProcessRig(long drainMillis) throws IOException, InterruptedException {
        deepgram = FakeDeepgram.start(fakes).await();
        FakeCartesia cartesia = FakeCartesia.start(fakes).await();
        cartesia.charactersPerSecond(200);
        twilio = FakeTwilioRest.start(fakes).await();
        Map<String, String> env = PhoneRig.providerEnv(deepgram, cartesia, twilio);
        env.put("SILENCE_PROMPT_MS", "60000");
        env.put("DRAIN_MS", String.valueOf(drainMillis));
        gw = GatewayProcess.start(env, RunningGateway.SPEC.resolve("restaurant.example.yaml"));
        http = WebClient.create(fakes, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(gw.port()));
    }

    /** Twilio's signed voice webhook for a new call to Tony's; its TwiML. */
    String voiceWebhook(String callSid, String from) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap().add("CallSid", callSid).add("From", from).add("To", "+12015550100")
                .add("AccountSid", "ACtest").add("CallStatus", "ringing");
        Map<String, String> params = new HashMap<>();
        form.forEach(e -> params.put(e.getKey(), e.getValue()));
        return http.post("/twilio/voice").putHeader("X-Twilio-Signature",
                        new TwilioSignature(PhoneRig.AUTH_TOKEN).sign(PhoneRig.PUBLIC_URL + "/twilio/voice", params))
                .putHeader("X-Clock", CLOCK).sendForm(form).await().bodyAsString();
    }

    /** A phone call: the webhook, then the media stream with its one-time token. */
    FakeTwilioCaller dial(String callSid, String from) throws InterruptedException {
        String twiml = voiceWebhook(callSid, from);
        Matcher m = TOKEN.matcher(twiml);
        if (!m.find()) throw new AssertionError("no stream in " + twiml);
        return PhoneRig.await(FakeTwilioCaller.connect(fakes, gw.port(), callSid, Map.of("callSid", callSid, "token", m.group(1)), 0),
                Duration.ofSeconds(10), "the media stream");
    }

    @Override
    public void close() {
        gw.close();
        fakes.close().await();
    }
}
