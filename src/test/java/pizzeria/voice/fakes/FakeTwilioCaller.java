package pizzeria.voice.fakes;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * A caller on Twilio Media Streams: sends 20 ms mu-law frames in real time (a tone while speaking, silence
 * otherwise), plays what the gateway sends at real speed, echoes each mark once its audio has played, and
 * on clear drops the queued audio and echoes the pending marks at once, as Twilio does.
 *
 * <p>What a test waits for ({@link #replied}, {@link #heardSince}, {@link #saidFor}) is a future completed on
 * the caller's own event loop when what it heard or said makes the condition true: the test waits on that,
 * never on a clock of its own.
 */
public final class FakeTwilioCaller {
    private static final String STREAM_SID = "MZ00112233445566778899aabbccddeeff";
    private static final String SILENCE = payloadOf((byte) 0xFF, (byte) 0xFF);

    private final Vertx vertx;
    private final Context context;
    /** The tone this caller speaks: two alternating bytes that name its script (see FakeDeepgram). */
    private final String tone;
    private final WebSocket ws;
    private final String callSid;
    private final Deque<Object> playout = new ArrayDeque<>();
    private final List<String> marksEchoed = new CopyOnWriteArrayList<>();
    private final List<Long> clears = new CopyOnWriteArrayList<>();
    private final NanoTimes mediaArrivals = new NanoTimes();
    private final NanoTimes speechEnds = new NanoTimes();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final Promise<Void> closed = Promise.promise();
    private volatile int framesHeard;
    private volatile int mediaMessages;
    private long speakUntilFrame = -1;
    /** The frame the current (or last) stretch of speech began with. */
    private long speechStartFrame;
    private long frame;
    /** When the last frame of audio arrived, and when the last one played had arrived (the caller's loop only). */
    private long lastArrival;
    private long lastPlayedArrival;
    /** Conditions tests wait for, checked on the caller's loop after every frame and every message (the loop only). */
    private final List<Watch> watches = new ArrayList<>();
    private int sequence = 1;
    private final Runnable stopTicking;
    private Runnable onTick = () -> { };

    /** Held for the call's life: Vert.x closes the connections of a client that becomes unreachable. */
    private final WebSocketClient client;

    private FakeTwilioCaller(Vertx vertx, WebSocketClient client, WebSocket ws, String callSid, int voice) {
        this.vertx = vertx;
        this.client = client;
        this.context = vertx.getOrCreateContext();
        this.tone = payloadOf((byte) (0x10 + voice / 100), (byte) (0x10 + voice % 100));
        this.ws = ws;
        this.callSid = callSid;
        ws.textMessageHandler(this::fromGateway);
        ws.binaryMessageHandler(b -> errors.add("binary frame"));
        ws.closeHandler(v -> {
            closed.tryComplete();
            checkWatches();
        });
        stopTicking = Metronome.every20Ms(vertx, this::tick);
    }

    private static String payloadOf(byte even, byte odd) {
        byte[] frame = new byte[160];
        for (int i = 0; i < frame.length; i++) frame[i] = i % 2 == 0 ? even : odd;
        return Base64.getEncoder().encodeToString(frame);
    }

    /** @param voice which of the fake recogniser's scripts this caller's speech stands for (0 to 9999) */
    public static Future<FakeTwilioCaller> connect(Vertx vertx, int port, String callSid, Map<String, String> parameters, int voice) {
        WebSocketClient client = vertx.createWebSocketClient();
        return client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/twilio/media"))
                .map(ws -> {
                    FakeTwilioCaller caller = new FakeTwilioCaller(vertx, client, ws, callSid, voice);
                    caller.send(new JsonObject().put("event", "connected").put("protocol", "Call").put("version", "1.0.0"));
                    caller.send(caller.numbered("start").put("start", new JsonObject().put("accountSid", "ACfake").put("streamSid", STREAM_SID)
                            .put("callSid", callSid).put("tracks", List.of("inbound")).put("customParameters", new JsonObject(Map.copyOf(parameters)))
                            .put("mediaFormat", new JsonObject().put("encoding", "audio/x-mulaw").put("sampleRate", 8000).put("channels", 1))));
                    return caller;
                });
    }

    /** Speaks (a tone) for the given time, starting now or after what is already being said. */
    public void say(long millis) {
        context.runOnContext(v -> {
            if (frame >= speakUntilFrame) speechStartFrame = frame;
            speakUntilFrame = Math.max(speakUntilFrame, frame) + millis / 20;
        });
    }

    public void dtmf(String digit) {
        context.runOnContext(v -> send(numbered("dtmf").put("dtmf", new JsonObject().put("track", "inbound_track").put("digit", digit))));
    }

    public void hangUp() {
        context.runOnContext(v -> {
            send(numbered("stop").put("stop", new JsonObject().put("accountSid", "ACfake").put("callSid", callSid)));
            stopTicking.run();
            ws.close().onComplete(r -> client.close());
        });
    }

    private void tick() {
        boolean speaking = frame < speakUntilFrame;
        frame++;
        if (speaking && frame == speakUntilFrame) speechEnds.add(System.nanoTime());
        if (!ws.isClosed()) ws.writeTextMessage(mediaMessage(speaking ? tone : SILENCE));
        play();
        checkWatches();
        onTick.run();
    }

    /** Written by hand rather than through a JSON tree: a load test runs thousands of these a second. */
    private String mediaMessage(String payload) {
        return new StringBuilder(380).append("{\"event\":\"media\",\"sequenceNumber\":\"").append(sequence++)
                .append("\",\"streamSid\":\"").append(STREAM_SID).append("\",\"media\":{\"track\":\"inbound\",\"chunk\":\"")
                .append(frame).append("\",\"timestamp\":\"").append(frame * 20).append("\",\"payload\":\"").append(payload)
                .append("\"}}").toString();
    }

    /** Runs on the caller's own context after every 20 ms frame: a driver's state machine steps here. */
    public void onTick(Runnable r) {
        context.runOnContext(v -> onTick = r);
    }

    /** Plays 20 ms of what the gateway sent; marks come back when their audio has been heard. */
    private void play() {
        while (playout.peek() instanceof String mark) echo((String) playout.poll());
        if (playout.poll() instanceof Frame f) {
            framesHeard++;
            lastPlayedArrival = f.arrivedNanos();
        }
        while (playout.peek() instanceof String mark) echo((String) playout.poll());
    }

    private void fromGateway(String text) {
        JsonObject m = new JsonObject(text);
        String event = m.getString("event", "");
        if (!STREAM_SID.equals(m.getString("streamSid"))) errors.add("wrong streamSid: " + text);
        switch (event) {
            case "media" -> {
                mediaMessages++;
                long now = System.nanoTime();
                byte[] audio = Base64.getDecoder().decode(m.getJsonObject("media").getString("payload"));
                if (audio.length % 160 != 0) errors.add("partial frame of " + audio.length + " bytes");
                for (int i = 0; i < audio.length; i += 160) {
                    playout.add(new Frame(now));
                    mediaArrivals.add(now);
                }
                lastArrival = now;
            }
            case "mark" -> playout.add(m.getJsonObject("mark").getString("name"));
            case "clear" -> {
                clears.add(System.nanoTime());
                List<Object> pending = List.copyOf(playout);
                playout.clear();
                pending.stream().filter(o -> o instanceof String).forEach(o -> echo((String) o));
            }
            default -> errors.add("unexpected message: " + text);
        }
        checkWatches();
    }

    private void echo(String mark) {
        marksEchoed.add(mark);
        send(numbered("mark").put("mark", new JsonObject().put("name", mark)));
    }

    private JsonObject numbered(String event) {
        return new JsonObject().put("event", event).put("sequenceNumber", String.valueOf(sequence++)).put("streamSid", STREAM_SID);
    }

    private void send(JsonObject m) {
        if (!ws.isClosed()) ws.writeTextMessage(m.encode());
    }

    public int framesHeard() { return framesHeard; }
    public int mediaMessages() { return mediaMessages; }
    public boolean isPlaying() { return !playout.isEmpty(); }
    public List<String> marksEchoed() { return marksEchoed; }
    public List<Long> clearTimesNanos() { return clears; }
    /** When each 20 ms frame arrived (the frames of one message share its time). */
    public NanoTimes mediaArrivalNanos() { return mediaArrivals; }

    /**
     * Completes once the agent has answered since {@code sinceNanos} (audio arrived after it), all of it has
     * played, and {@code quietMillis} have passed since the last audio arrived; or once the call is closed.
     * The quiet is timed by the caller's own 20 ms frames.
     */
    public Future<Void> replied(long sinceNanos, long quietMillis) {
        long quietNanos = quietMillis * 1_000_000L;
        return watch(() -> ws.isClosed()
                || lastArrival > sinceNanos && playout.isEmpty() && System.nanoTime() - lastArrival > quietNanos);
    }

    /**
     * Completes once the caller has heard {@code millis} of audio that arrived after {@code sinceNanos}
     * (frames played, counted from the first such frame played after this call).
     */
    public Future<Void> heardSince(long sinceNanos, long millis) {
        long frames = Math.max(1, millis / 20);
        return watch(new BooleanSupplier() {
            /** framesHeard before the first frame that counts; at most one frame plays between two checks. */
            private int from = -1;

            @Override
            public boolean getAsBoolean() {
                if (from < 0 && lastPlayedArrival > sinceNanos) from = framesHeard - 1;
                return from >= 0 && framesHeard - from >= frames;
            }
        });
    }

    /** Completes once the caller has sent {@code millis} of its current stretch of speech (call it after {@link #say}). */
    public Future<Void> saidFor(long millis) {
        long frames = millis / 20;
        return watch(() -> Math.min(frame, speakUntilFrame) - speechStartFrame >= frames);
    }

    /** A future completed on the caller's loop as soon as {@code condition}, evaluated there, holds. */
    private Future<Void> watch(BooleanSupplier condition) {
        Promise<Void> p = Promise.promise();
        context.runOnContext(v -> {
            watches.add(new Watch(condition, p));
            checkWatches();
        });
        return p.future();
    }

    private void checkWatches() {
        watches.removeIf(w -> w.condition().getAsBoolean() && w.done().tryComplete());
    }

    private record Watch(BooleanSupplier condition, Promise<Void> done) { }

    /** A 20 ms frame of the agent's audio, and when it arrived. */
    /** A 20 ms frame waiting to be played; its bytes are not kept (nothing reads them, and a bench holds thousands). */
    private record Frame(long arrivedNanos) { }

    /** When the last frame of each stretch of speech was sent. */
    public NanoTimes speechEndNanos() { return speechEnds; }
    public List<String> protocolErrors() { return errors; }
    public Future<Void> closedFuture() { return closed.future(); }
    public boolean closed() { return ws.isClosed(); }
}
