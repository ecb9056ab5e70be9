package pizzeria.voice.fakes;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local Deepgram live-streaming server: each stretch of speech it receives (frames that are not mu-law
 * silence) becomes the next scripted transcript, with the real message sequence: SpeechStarted, an interim
 * result after 80 ms of speech, then after 300 ms of silence (configurable) and the final delay a final
 * Results (is_final, speech_final, word timings) and an UtteranceEnd. Nothing is consumed from the script if a connection drops mid-utterance.
 */
public final class FakeDeepgram {
    private final Vertx vertx;
    /** Scripts by voice: the two tone bytes a fake caller speaks with are the key (0x10 + voice / 100, 0x10 + voice % 100). */
    private final Map<Integer, Deque<String>> scripts = new ConcurrentHashMap<>();
    /** When each interim with words was sent, so a test can time the barge-in it should cause. */
    final List<Long> interimTimes = new CopyOnWriteArrayList<>();
    private final List<ServerWebSocket> open = new CopyOnWriteArrayList<>();
    final List<String> queries = new CopyOnWriteArrayList<>();
    final List<JsonObject> controls = new CopyOnWriteArrayList<>();
    private int port;
    private volatile long finalDelayMs;
    private final java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int endpointFrames = 15;
    final java.util.concurrent.atomic.AtomicLong audioMessages = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong audioFrames = new java.util.concurrent.atomic.AtomicLong();

    private FakeDeepgram(Vertx vertx) {
        this.vertx = vertx;
    }

    public static Future<FakeDeepgram> start(Vertx vertx) {
        FakeDeepgram fake = new FakeDeepgram(vertx);
        return FakeServer.listen(vertx, fake::accept).map(port -> {
            fake.port = port;
            return fake;
        });
    }

    public String url() {
        return "ws://127.0.0.1:" + port + "/v1/listen";
    }

    /** Binary audio messages received, over all connections. */
    public long audioMessages() {
        return audioMessages.get();
    }

    /** 20 ms frames of audio received, over all connections. */
    public long audioFrames() {
        return audioFrames.get();
    }

    /** What the caller speaking with {@code voice} says, utterance by utterance. */
    public synchronized void script(int voice, String... transcripts) {
        scripts.computeIfAbsent(voice, v -> new ArrayDeque<>()).addAll(List.of(transcripts));
    }

    synchronized String peek(int voice) {
        Deque<String> s = scripts.get(voice);
        return s == null ? null : s.peek();
    }

    synchronized String take(int voice) {
        Deque<String> s = scripts.get(voice);
        return s == null ? null : s.poll();
    }

    public List<Long> interimTimesNanos() {
        return interimTimes;
    }

    public void finalDelayMs(long ms) {
        finalDelayMs = ms;
    }

    /** How many silent 20 ms frames end an utterance. */
    public void endpointFrames(int frames) {
        endpointFrames = frames;
    }

    int endpointFrames() {
        return endpointFrames;
    }

    long finalDelay() {
        return finalDelayMs;
    }

    public List<String> queries() {
        return queries;
    }

    public List<JsonObject> controlMessages() {
        return controls;
    }

    public int connections() {
        return connections.get();
    }

    /** Closes every connection the way a provider fault does (1011), to test reconnecting. */
    public void dropAllConnections() {
        for (ServerWebSocket ws : open) ws.close((short) 1011, "NET-0000");
    }

    private void accept(ServerWebSocket ws) {
        String auth = ws.headers().get("Authorization");
        if (auth == null || !auth.startsWith("Token ")) { ws.close((short) 4001, "unauthorized"); return; }
        connections.incrementAndGet();
        queries.add(ws.query());
        open.add(ws);
        ws.closeHandler(v -> open.remove(ws));
        new FakeDeepgramConnection(vertx, ws, this);
    }
}
