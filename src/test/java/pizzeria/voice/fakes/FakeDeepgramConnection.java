package pizzeria.voice.fakes;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** One recognition stream of the fake Deepgram: a tiny voice-activity detector over the frames. */
final class FakeDeepgramConnection {
    private static final int INTERIM_AFTER_FRAMES = 4;
    private static final int FRAME_BYTES = 160;

    private final Vertx vertx;
    private final ServerWebSocket ws;
    private final FakeDeepgram deepgram;
    private long bytes;
    private boolean inSpeech;
    private int speechFrames;
    private int silentFrames;
    private double segmentStart;
    private double lastSpeech;
    private int voice;

    FakeDeepgramConnection(Vertx vertx, ServerWebSocket ws, FakeDeepgram deepgram) {
        this.vertx = vertx;
        this.ws = ws;
        this.deepgram = deepgram;
        ws.binaryMessageHandler(this::audio);
        ws.textMessageHandler(this::control);
    }

    private double seconds() {
        return bytes / 8000.0;
    }

    /** Audio may come in messages of any length, as real Deepgram takes it; the detector works per 20 ms. */
    private void audio(Buffer audio) {
        deepgram.audioMessages.incrementAndGet();
        deepgram.audioFrames.addAndGet(audio.length() / FRAME_BYTES);
        for (int at = 0; at < audio.length(); at += FRAME_BYTES) frame(audio.slice(at, Math.min(audio.length(), at + FRAME_BYTES)));
    }

    private void frame(Buffer frame) {
        boolean speech = isSpeech(frame);
        double before = seconds();
        bytes += frame.length();
        if (speech) {
            if (!inSpeech) {
                inSpeech = true;
                speechFrames = 0;
                segmentStart = before;
                voice = ((frame.getByte(0) & 0xFF) - 0x10) * 100 + (frame.getByte(1) & 0xFF) - 0x10;
                send(new JsonObject().put("type", "SpeechStarted").put("channel", new JsonArray().add(0)).put("timestamp", before));
            }
            silentFrames = 0;
            lastSpeech = seconds();
            if (++speechFrames == INTERIM_AFTER_FRAMES) interim();
        } else if (inSpeech && ++silentFrames == deepgram.endpointFrames()) {
            inSpeech = false;
            double start = segmentStart;
            double end = lastSpeech;
            int who = voice;
            vertx.setTimer(Math.max(1, deepgram.finalDelay()), t -> finalResult(start, end, who));
        }
    }

    private static boolean isSpeech(Buffer frame) {
        int loud = 0;
        for (int i = 0; i < frame.length(); i++) if (frame.getByte(i) != (byte) 0xFF) loud++;
        return loud * 2 > frame.length();
    }

    private void interim() {
        String next = deepgram.peek(voice);
        if (next == null) return;
        String firstWord = next.split("\\s+")[0];
        deepgram.interimTimes.add(System.nanoTime());
        send(results(firstWord, segmentStart, seconds(), false).put("speech_final", false));
    }

    private void finalResult(double start, double end, int who) {
        if (ws.isClosed()) return;
        String text = deepgram.take(who);
        send(results(text == null ? "" : text, start, end, true).put("speech_final", true));
        send(new JsonObject().put("type", "UtteranceEnd").put("channel", new JsonArray().add(0).add(1)).put("last_word_end", end));
    }

    private static JsonObject results(String text, double start, double end, boolean isFinal) {
        String[] words = text.isBlank() ? new String[0] : text.split("\\s+");
        JsonArray list = new JsonArray();
        double step = words.length == 0 ? 0 : (end - start) / words.length;
        for (int i = 0; i < words.length; i++) {
            String bare = words[i].replaceAll("[^A-Za-z0-9']", "").toLowerCase();
            list.add(new JsonObject().put("word", bare).put("start", start + i * step).put("end", start + (i + 1) * step)
                    .put("confidence", 0.99).put("punctuated_word", words[i]));
        }
        return new JsonObject().put("type", "Results").put("channel_index", new JsonArray().add(0).add(1))
                .put("duration", end - start).put("start", start).put("is_final", isFinal).put("from_finalize", false)
                .put("channel", new JsonObject().put("alternatives", new JsonArray().add(new JsonObject()
                        .put("transcript", text).put("confidence", 0.99).put("words", list))))
                .put("metadata", new JsonObject().put("request_id", "fake"));
    }

    private void control(String text) {
        JsonObject m = new JsonObject(text);
        deepgram.controls.add(m);
        if ("CloseStream".equals(m.getString("type"))) {
            send(new JsonObject().put("type", "Metadata").put("request_id", "fake").put("duration", seconds()).put("channels", 1));
            ws.close((short) 1000, "done");
        }
    }

    private void send(JsonObject m) {
        if (!ws.isClosed()) ws.writeTextMessage(m.encode());
    }
}
