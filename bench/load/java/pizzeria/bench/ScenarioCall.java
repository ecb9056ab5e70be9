package pizzeria.bench;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pizzeria.voice.fakes.FakeTwilioCaller;
import pizzeria.voice.twilio.TwilioSignature;

/**
 * One caller placing one scenario's order: Twilio's signed webhook, then the media stream, then each line
 * spoken once the agent has finished its answer. Driven by the caller's own 20 ms tick, so a thousand calls
 * need no thread each.
 */
final class ScenarioCall {
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");
    private static final long QUIET_NANOS = 300_000_000L;
    private static final long GIVE_UP_NANOS = 240_000_000_000L;

    /** What the caller saw: when it stopped speaking, when audio came, whether the call ended by itself. */
    record Heard(String callSid, String scenarioId, long startNanos, long endNanos, long[] speechEnds,
                 long[] mediaArrivals, int partialFrames, boolean completed) { }

    private final String callSid;
    private final String scenarioId;
    private final List<String> lines;
    private final Promise<Heard> done = Promise.promise();
    private FakeTwilioCaller caller;
    private long startNanos;
    private long since;
    private int next;

    ScenarioCall(String callSid, String scenarioId, List<String> lines) {
        this.callSid = callSid;
        this.scenarioId = scenarioId;
        this.lines = lines;
    }

    Future<Heard> dial(Vertx vertx, WebClient web, int port, String from, String to, int voice) {
        startNanos = System.nanoTime();
        MultiMap form = MultiMap.caseInsensitiveMultiMap().add("CallSid", callSid).add("From", from).add("To", to)
                .add("AccountSid", "ACbench").add("CallStatus", "ringing");
        Map<String, String> params = new HashMap<>();
        form.forEach(e -> params.put(e.getKey(), e.getValue()));
        String signature = new TwilioSignature(ProviderFakes.AUTH_TOKEN).sign(ProviderFakes.PUBLIC_URL + "/twilio/voice", params);
        web.post(port, "127.0.0.1", "/twilio/voice").putHeader("X-Twilio-Signature", signature)
                .putHeader("X-Clock", "2026-11-24T18:30:00-05:00").sendForm(form)
                .compose(twiml -> {
                    Matcher m = TOKEN.matcher(twiml.bodyAsString());
                    if (!m.find()) return Future.failedFuture("no stream in the TwiML: " + twiml.bodyAsString());
                    return FakeTwilioCaller.connect(vertx, port, callSid, Map.of("callSid", callSid, "token", m.group(1)), voice);
                })
                .onSuccess(c -> {
                    caller = c;
                    c.onTick(this::tick);
                })
                .onFailure(done::tryFail);
        return done.future();
    }

    private void tick() {
        long now = System.nanoTime();
        if (caller.closed() || now - startNanos > GIVE_UP_NANOS) {
            finish(caller.closed() && next == lines.size(), now);
        } else if (next < lines.size() && answered(now)) {
            since = now;
            caller.say(200 + 60L * lines.get(next++).split("\\s+").length);
        }
    }

    /** The agent has answered since the caller last spoke, and finished speaking. */
    private boolean answered(long now) {
        long last = caller.mediaArrivalNanos().last();
        return last > since && !caller.isPlaying() && now - last > QUIET_NANOS;
    }

    private void finish(boolean completed, long now) {
        if (done.future().isComplete()) return;
        if (!completed) System.err.printf("%s gave up: closed=%s after %.1f s at line %d of %d%n", callSid, caller.closed(), (now - startNanos) / 1e9, next, lines.size());
        caller.hangUp();
        int partial = (int) caller.protocolErrors().stream().filter(e -> e.startsWith("partial frame")).count();
        done.tryComplete(new Heard(callSid, scenarioId, startNanos, now, caller.speechEndNanos().toArray(),
                caller.mediaArrivalNanos().toArray(), partial, completed && caller.protocolErrors().isEmpty()));
    }
}
