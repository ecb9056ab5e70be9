package pizzeria.voice;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pizzeria.testing.RunningGateway;
import pizzeria.voice.fakes.FakeCartesia;
import pizzeria.voice.fakes.FakeDeepgram;
import pizzeria.voice.fakes.FakeTwilioCaller;
import pizzeria.voice.fakes.FakeTwilioRest;
import pizzeria.voice.twilio.TwilioSignature;

/** A gateway on the phone: the fake providers, the gateway pointed at them, and callers to dial in. */
final class PhoneRig implements AutoCloseable {
    static final String AUTH_TOKEN = "test-twilio-token";
    static final String PUBLIC_URL = "https://gw.example.com";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");

    final Vertx fakes = Vertx.vertx();
    final FakeDeepgram deepgram;
    final FakeCartesia cartesia;
    final FakeTwilioRest twilio;
    final RunningGateway gw;

    PhoneRig(Path... tenants) throws Exception {
        this(Map.of(), tenants);
    }

    PhoneRig(Map<String, String> moreEnv, Path... tenants) throws Exception {
        deepgram = FakeDeepgram.start(fakes).await();
        cartesia = FakeCartesia.start(fakes).await();
        cartesia.charactersPerSecond(60);
        twilio = FakeTwilioRest.start(fakes).await();
        Map<String, String> env = providerEnv(deepgram, cartesia, twilio);
        env.put("SILENCE_PROMPT_MS", "30000");
        env.putAll(moreEnv);
        gw = RunningGateway.with(env, tenants);
    }

    /** The settings that point a gateway at the fake providers. */
    static Map<String, String> providerEnv(FakeDeepgram deepgram, FakeCartesia cartesia, FakeTwilioRest twilio) {
        return new HashMap<>(Map.of("DEEPGRAM_API_KEY", "dg-test", "DEEPGRAM_URL", deepgram.url(),
                "CARTESIA_API_KEY", "ct-test", "CARTESIA_URL", cartesia.url(), "TWILIO_AUTH_TOKEN", AUTH_TOKEN,
                "TWILIO_ACCOUNT_SID", "ACtest", "TWILIO_API_URL", twilio.url(), "PUBLIC_URL", PUBLIC_URL));
    }

    /** Twilio's webhook for an incoming call, signed as Twilio signs it. */
    String voiceWebhook(String callSid, String from, String to, String clock) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap().add("CallSid", callSid).add("From", from).add("To", to)
                .add("AccountSid", "ACtest").add("CallStatus", "ringing");
        Map<String, String> params = new HashMap<>();
        form.forEach(e -> params.put(e.getKey(), e.getValue()));
        Map<String, String> headers = new HashMap<>(Map.of("X-Twilio-Signature",
                new TwilioSignature(AUTH_TOKEN).sign(PUBLIC_URL + "/twilio/voice", params)));
        if (clock != null) headers.put("X-Clock", clock);
        return gw.postForm("/twilio/voice", form, headers).bodyAsString();
    }

    /** Dials in: the webhook, then the media stream with the token the TwiML carried. */
    FakeTwilioCaller dial(String callSid, String from, String to, int voice) {
        String twiml = voiceWebhook(callSid, from, to, "2026-11-24T18:30:00-05:00");
        Matcher m = TOKEN.matcher(twiml);
        if (!m.find()) throw new AssertionError("no stream in " + twiml);
        return FakeTwilioCaller.connect(fakes, gw.port(), callSid, Map.of("callSid", callSid, "token", m.group(1)), voice).await();
    }

    /** A whole call: the caller dials in, says each line after the agent's answer, and the call is closed. */
    FakeTwilioCaller callThrough(String callSid, String from, String to, List<String> lines) throws Exception {
        deepgram.script(0, lines.toArray(String[]::new));
        FakeTwilioCaller caller = dial(callSid, from, to, 0);
        awaitReply(caller, 0);
        for (String line : lines) sayAndWait(caller, line);
        caller.closedFuture().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return caller;
    }

    /** Waits until the agent has answered since {@code sinceNanos}, finished speaking, and 300 ms of quiet followed. */
    static void awaitReply(FakeTwilioCaller caller, long sinceNanos) throws InterruptedException {
        await(caller.replied(sinceNanos, 300), Duration.ofSeconds(20), "the agent's answer");
    }

    /** Waits for what a fake signals from its own event loop; fails the test if it does not come in time. */
    static <T> T await(Future<T> event, Duration timeout, String what) throws InterruptedException {
        try {
            return event.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no " + what + " within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new AssertionError(what + " failed", e.getCause());
        }
    }

    /** Says one line (its length stands for the words) and waits for the agent's whole answer. */
    static void sayAndWait(FakeTwilioCaller caller, String line) throws InterruptedException {
        long before = System.nanoTime();
        caller.say(200 + 60L * line.split("\\s+").length);
        awaitReply(caller, before);
    }

    @Override
    public void close() {
        gw.close();
        fakes.close().await();
    }
}
