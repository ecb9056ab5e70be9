package pizzeria.voice.cartesia;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import pizzeria.voice.tts.SpeechSynthesizer;
import pizzeria.voice.tts.SynthesisListener;
import pizzeria.voice.tts.Utterance;

/**
 * Cartesia's TTS WebSocket for one call: the socket is opened when the call starts (so the first reply
 * pays no handshake) and carries one context per agent reply. Messages for a context no longer active
 * (cancelled, or finished) are dropped: chunks still in flight after a cancel must not be played.
 */
public final class CartesiaSynthesizer implements SpeechSynthesizer {
    static final String VERSION = "2024-11-13";

    private final String callId;
    private final CartesiaVoice voice;
    private final Future<WebSocket> socket;
    private final Map<String, CartesiaUtterance> active = new HashMap<>();
    private int contexts;

    public CartesiaSynthesizer(Vertx vertx, WebSocketClient client, String url, String apiKey, String callId, CartesiaVoice voice) {
        this.callId = callId;
        this.voice = voice;
        URI u = URI.create(url);
        boolean tls = "wss".equals(u.getScheme());
        this.socket = client.connect(new WebSocketConnectOptions().setHost(u.getHost()).setSsl(tls)
                .setPort(u.getPort() == -1 ? (tls ? 443 : 80) : u.getPort()).setURI(u.getRawPath())
                .addHeader("Authorization", "Bearer " + apiKey).addHeader("Cartesia-Version", VERSION));
        socket.onSuccess(ws -> ws.textMessageHandler(this::message));
    }

    @Override
    public Utterance utterance(SynthesisListener listener) {
        String id = callId + "-" + (++contexts);
        CartesiaUtterance u = new CartesiaUtterance(id, voice, socket, listener, () -> active.remove(id));
        active.put(id, u);
        socket.onFailure(e -> listener.failed("speech synthesis unavailable: " + e.getMessage()));
        return u;
    }

    private void message(String text) {
        JsonObject m = new JsonObject(text);
        CartesiaUtterance u = active.get(m.getString("context_id"));
        if (u != null) u.receive(m);
    }

    @Override
    public void close() {
        socket.onSuccess(WebSocket::close);
    }
}
