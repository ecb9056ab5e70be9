package pizzeria.voice.fakes;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Cartesia TTS WebSocket: mu-law audio in proportion to the text (one second per 15 characters),
 * after a configurable time to first byte, in chunks tagged with the context's flush id (1 for the first
 * transcript, one more after each flush); flush_done after a flush, done after the last input, nothing
 * more for a cancelled context.
 */
public final class FakeCartesia {

    private final Vertx vertx;
    private final List<JsonObject> requests = new CopyOnWriteArrayList<>();
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private final AtomicInteger characters = new AtomicInteger();
    private int port;
    private volatile long firstByteDelayMs;
    private volatile int bytesPerChar = 8000 / 15;
    private volatile boolean keepRequests = true;

    private FakeCartesia(Vertx vertx) {
        this.vertx = vertx;
    }

    public static Future<FakeCartesia> start(Vertx vertx) {
        FakeCartesia fake = new FakeCartesia(vertx);
        return FakeServer.listen(vertx, fake::accept).map(port -> {
            fake.port = port;
            return fake;
        });
    }

    public String url() {
        return "ws://127.0.0.1:" + port + "/tts/websocket";
    }

    /** How fast the fake voice speaks: 15 characters a second by default, like a person. */
    public void charactersPerSecond(int cps) {
        bytesPerChar = 8000 / cps;
    }

    public void firstByteDelayMs(long ms) {
        firstByteDelayMs = ms;
    }

    /** A load run turns this off: thousands of calls' requests need not be kept. */
    public void keepRequests(boolean keep) {
        keepRequests = keep;
    }

    public List<JsonObject> requests() {
        return requests;
    }

    public Set<String> cancelledContexts() {
        return cancelled;
    }

    public int charactersSynthesized() {
        return characters.get();
    }

    private void accept(ServerWebSocket ws) {
        String auth = ws.headers().get("Authorization");
        if ((auth == null || !auth.startsWith("Bearer ")) && (ws.query() == null || !ws.query().contains("api_key="))) {
            ws.close((short) 4001, "unauthorized");
            return;
        }
        Map<String, Integer> flushIds = new HashMap<>();
        Map<String, Long> readyAt = new HashMap<>();
        ws.textMessageHandler(text -> {
            JsonObject m = new JsonObject(text);
            if (keepRequests) requests.add(m);
            String ctx = m.getString("context_id");
            if (m.getBoolean("cancel", false)) { cancelled.add(ctx); return; }
            if (m.getString("model_id") == null || m.getJsonObject("voice") == null || m.getJsonObject("output_format") == null) {
                send(ws, ctx, new JsonObject().put("type", "error").put("done", true).put("title", "Invalid request")
                        .put("message", "model_id, voice and output_format are required").put("error_code", "bad_request").put("status_code", 400));
                return;
            }
            // Each context's outputs go out in order: the first after the delay, the rest right behind it.
            long at = Math.max(readyAt.getOrDefault(ctx, 0L), System.nanoTime() / 1_000_000 + firstByteDelayMs);
            readyAt.put(ctx, at + 1);
            long delay = Math.max(1, at - System.nanoTime() / 1_000_000);
            String transcript = m.getString("transcript", "");
            // As Cartesia numbers them: transcripts between flushes from 1; a flush_done names the one it closed.
            int id = flushIds.getOrDefault(ctx, 1);
            if (m.getBoolean("flush", false)) flushIds.put(ctx, id + 1);
            vertx.setTimer(delay, t -> {
                if (cancelled.contains(ctx)) return;
                if (!transcript.isEmpty()) audio(ws, ctx, transcript, id);
                if (m.getBoolean("flush", false)) {
                    send(ws, ctx, new JsonObject().put("type", "flush_done").put("done", false).put("flush_done", true)
                            .put("flush_id", id).put("status_code", 206));
                }
                if (!m.getBoolean("continue", false)) send(ws, ctx, new JsonObject().put("type", "done").put("done", true).put("status_code", 206));
            });
        });
    }

    private void audio(ServerWebSocket ws, String ctx, String transcript, int flushId) {
        characters.addAndGet(transcript.length());
        byte[] audio = new byte[transcript.length() * bytesPerChar];
        for (int i = 0; i < audio.length; i++) audio[i] = (byte) (i % 2 == 0 ? 0x10 : 0x90);
        for (int off = 0; off < audio.length; off += 1600) {
            byte[] chunk = java.util.Arrays.copyOfRange(audio, off, Math.min(audio.length, off + 1600));
            send(ws, ctx, new JsonObject().put("type", "chunk").put("data", Base64.getEncoder().encodeToString(chunk))
                    .put("done", false).put("status_code", 206).put("step_time", 1.0).put("flush_id", flushId));
        }
    }

    private static void send(ServerWebSocket ws, String ctx, JsonObject m) {
        if (!ws.isClosed()) ws.writeTextMessage(m.put("context_id", ctx).encode());
    }
}
