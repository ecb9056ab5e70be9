package pizzeria.voice.deepgram;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import pizzeria.voice.Keyterms;
import pizzeria.voice.stt.FrameRing;
import pizzeria.voice.stt.RecognitionListener;
import pizzeria.voice.stt.QuietBatching;
import pizzeria.voice.stt.RecognitionStream;

/**
 * One call's Deepgram connection. It keeps the audio of the utterance in progress until Deepgram closes
 * it (speech_final or UtteranceEnd), so that if the connection drops mid-utterance it reconnects and
 * replays that audio, and the words are heard again rather than lost. Runs on the call's event loop.
 */
final class DeepgramStream implements RecognitionStream {
    private static final Logger LOG = Logger.getLogger(DeepgramStream.class.getName());
    private static final int MAX_REPLAY_FRAMES = 50 * 30;
    /** Between utterances only the last second is kept: speech Deepgram may not have reported yet. Keeping
     *  every silent frame while the agent talks would hold 240 KB a call. */
    private static final int PRE_ROLL_FRAMES = 50;
    private static final int MAX_RECONNECTS = 5;

    private final Vertx vertx;
    private final WebSocketClient client;
    private final String url;
    private final String apiKey;
    private final RecognitionListener listener;
    private List<String> keyterms;
    private WebSocket socket;
    private boolean closing;
    private int reconnects;
    /** Frames of the utterance in progress (and of any outage), with the call-audio time of the first. */
    private final FrameRing unfinished = new FrameRing(PRE_ROLL_FRAMES, MAX_REPLAY_FRAMES);
    private long framesSent;
    private long unfinishedStartFrame;
    /** Call-audio frame at which the current connection's audio starts: its times are relative to it. */
    private long connectionBaseFrame;
    private final List<String> finals = new ArrayList<>();
    /** Deepgram has heard speech (an event or words) that it has not closed yet. */
    private boolean utteranceOpen;
    private double lastWordEnd;
    /** Quiet frames held back to go several to a message (they are also in {@link #unfinished}). */
    private final QuietBatching quiet = new QuietBatching();
    private Buffer waiting = Buffer.buffer();

    DeepgramStream(Vertx vertx, WebSocketClient client, String url, String apiKey, List<String> keyterms,
                   RecognitionListener listener) {
        this.vertx = vertx;
        this.client = client;
        this.url = url;
        this.apiKey = apiKey;
        this.keyterms = Keyterms.fit(keyterms);
        this.listener = listener;
    }

    void connect() {
        URI u = URI.create(url + query());
        boolean tls = "wss".equals(u.getScheme());
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(u.getHost()).setSsl(tls)
                .setPort(u.getPort() == -1 ? (tls ? 443 : 80) : u.getPort()).setURI(u.getRawPath() + "?" + u.getRawQuery())
                .addHeader("Authorization", "Token " + apiKey);
        client.connect(options).onComplete(r -> {
            if (r.failed()) { retry("could not connect: " + r.cause().getMessage()); return; }
            socket = r.result();
            socket.textMessageHandler(this::message);
            socket.closeHandler(v -> { if (!closing) retry("closed " + socket.closeStatusCode() + " " + socket.closeReason()); });
            replay();
        });
    }

    private String query() {
        StringBuilder q = new StringBuilder("?model=nova-3&language=en-US&encoding=mulaw&sample_rate=8000&channels=1"
                + "&interim_results=true&endpointing=300&utterance_end_ms=1000&vad_events=true&smart_format=true&punctuate=true");
        for (String k : keyterms) q.append("&keyterm=").append(URLEncoder.encode(k, StandardCharsets.UTF_8).replace("+", "%20"));
        return q.toString();
    }

    /** A new connection hears the unfinished utterance again; what the old one half-heard is dropped. */
    private void replay() {
        finals.clear();
        waiting = Buffer.buffer();
        connectionBaseFrame = unfinishedStartFrame;
        unfinished.forEach(f -> socket.writeBinaryMessage(Buffer.buffer(f)));
    }

    private void retry(String why) {
        socket = null;
        if (closing) return;
        if (++reconnects > MAX_RECONNECTS) { listener.failed("speech recognition lost: " + why); return; }
        LOG.warning("Deepgram " + why + "; reconnecting");
        vertx.setTimer(50L * reconnects, t -> connect());
    }

    @Override
    public void send(byte[] frame) {
        int keep = socket == null || utteranceOpen ? MAX_REPLAY_FRAMES : PRE_ROLL_FRAMES;
        while (unfinished.size() >= keep) { unfinished.dropOldest(); unfinishedStartFrame++; }
        unfinished.add(frame);
        framesSent++;
        boolean mayWait = quiet.mayWait(frame);
        if (socket == null) return;
        waiting.appendBytes(frame);
        if (!mayWait || waiting.length() >= QuietBatching.MAX_BATCH_FRAMES * frame.length) {
            socket.writeBinaryMessage(waiting);
            waiting = Buffer.buffer();
        }
    }

    private void message(String text) {
        JsonObject m = new JsonObject(text);
        reconnects = 0;
        switch (m.getString("type", "")) {
            case "SpeechStarted" -> {
                utteranceOpen = true;
                listener.speechStarted(callTime(m.getDouble("timestamp", 0.0)));
            }
            case "Results" -> results(m);
            case "UtteranceEnd" -> {
                endOfUtterance();
                utteranceOpen = false;
            }
            default -> { }
        }
    }

    private void results(JsonObject m) {
        JsonArray alternatives = m.getJsonObject("channel", new JsonObject()).getJsonArray("alternatives", new JsonArray());
        if (alternatives.isEmpty()) return;
        JsonObject best = alternatives.getJsonObject(0);
        String transcript = best.getString("transcript", "").strip();
        if (!transcript.isEmpty()) utteranceOpen = true;
        if (!m.getBoolean("is_final", false)) {
            if (!transcript.isEmpty()) listener.interim(String.join(" ", finals) + (finals.isEmpty() ? "" : " ") + transcript);
            return;
        }
        if (!transcript.isEmpty()) {
            finals.add(transcript);
            JsonArray words = best.getJsonArray("words", new JsonArray());
            double end = words.isEmpty() ? m.getDouble("start", 0.0) + m.getDouble("duration", 0.0)
                    : words.getJsonObject(words.size() - 1).getDouble("end", 0.0);
            lastWordEnd = callTime(end);
        }
        if (m.getBoolean("speech_final", false)) endOfUtterance();
    }

    /** speech_final and UtteranceEnd may both close one utterance: the second finds nothing to say. */
    private void endOfUtterance() {
        if (finals.isEmpty()) return;
        String text = String.join(" ", finals);
        finals.clear();
        utteranceOpen = false;
        unfinished.clear();
        unfinishedStartFrame = framesSent;
        listener.utterance(text, lastWordEnd);
    }

    private double callTime(double connectionSeconds) {
        return connectionBaseFrame * 0.02 + connectionSeconds;
    }

    @Override
    public void updateKeyterms(List<String> terms) {
        keyterms = Keyterms.fit(terms);
        if (socket != null) socket.writeTextMessage(new JsonObject().put("type", "Configure").put("keyterms", new JsonArray(keyterms)).encode());
    }

    @Override
    public void close() {
        closing = true;
        WebSocket open = socket;
        if (open != null) {
            if (waiting.length() > 0) open.writeBinaryMessage(waiting);
            open.writeTextMessage(new JsonObject().put("type", "CloseStream").encode());
            vertx.setTimer(2000, t -> open.close());
        }
    }
}
