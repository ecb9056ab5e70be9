package pizzeria.voice.deepgram;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import java.util.List;
import pizzeria.voice.stt.RecognitionListener;
import pizzeria.voice.stt.RecognitionStream;
import pizzeria.voice.stt.SpeechRecognizer;

/** Deepgram live streaming (nova-3), one WebSocket per call. */
public final class DeepgramRecognizer implements SpeechRecognizer {
    private final Vertx vertx;
    private final WebSocketClient client;
    private final String url;
    private final String apiKey;

    public DeepgramRecognizer(Vertx vertx, String url, String apiKey) {
        this.vertx = vertx;
        this.client = pizzeria.voice.ProviderSockets.client(vertx);
        this.url = url;
        this.apiKey = apiKey;
    }

    @Override
    public RecognitionStream open(List<String> keyterms, RecognitionListener listener) {
        DeepgramStream stream = new DeepgramStream(vertx, client, url, apiKey, keyterms, listener);
        stream.connect();
        return stream;
    }

    /** Closes the client, and every call's stream with it (the gateway is stopping). */
    public io.vertx.core.Future<Void> close() {
        return client.close();
    }
}
