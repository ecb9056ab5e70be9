package pizzeria.voice.cartesia;

import io.vertx.core.Future;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;
import java.util.Base64;
import pizzeria.voice.tts.SynthesisListener;
import pizzeria.voice.tts.Utterance;

/**
 * One context: each sentence is sent as it is produced and followed by a manual flush. Cartesia numbers
 * the transcripts between flushes from 1 (flush_id), on every chunk and on the flush_done that closes
 * one, so sentence i is flush_id i + 1 (a chunk without flush_id belongs to the first).
 */
final class CartesiaUtterance implements Utterance {
    private final String contextId;
    private final CartesiaVoice voice;
    private final Future<WebSocket> socket;
    private final SynthesisListener listener;
    private final Runnable forget;
    private boolean cancelled;

    CartesiaUtterance(String contextId, CartesiaVoice voice, Future<WebSocket> socket, SynthesisListener listener, Runnable forget) {
        this.contextId = contextId;
        this.voice = voice;
        this.socket = socket;
        this.listener = listener;
        this.forget = forget;
    }

    @Override
    public void sentence(String text) {
        send(voice.request(contextId).put("transcript", text.endsWith(" ") ? text : text + " ").put("continue", true));
        send(voice.request(contextId).put("transcript", "").put("continue", true).put("flush", true));
    }

    @Override
    public void end() {
        send(voice.request(contextId).put("transcript", "").put("continue", false));
    }

    @Override
    public void cancel() {
        cancelled = true;
        forget.run();
        send(new JsonObject().put("context_id", contextId).put("cancel", true));
    }

    private void send(JsonObject message) {
        socket.onSuccess(ws -> ws.writeTextMessage(message.encode()));
    }

    void receive(JsonObject m) {
        if (cancelled) return;
        switch (m.getString("type", "")) {
            case "chunk" -> listener.audio(Math.max(0, m.getInteger("flush_id", 1) - 1), Base64.getDecoder().decode(m.getString("data", "")));
            case "flush_done" -> listener.sentenceDone(m.getInteger("flush_id", 1) - 1);
            case "done" -> forget.run();
            case "error" -> {
                forget.run();
                listener.failed(m.getString("message", m.getString("error", "speech synthesis failed")));
            }
            default -> { }
        }
    }
}
