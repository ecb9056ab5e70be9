package pizzeria.voice;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import pizzeria.voice.tts.SynthesisListener;

/**
 * Plays one reply's sentences in order, whichever way their audio comes: from the phrase cache at once,
 * or streamed by the synthesiser. A sentence's audio is passed on as soon as every earlier sentence is
 * complete; a mark follows each sentence, so the marks echoed tell which sentences the caller heard.
 */
final class ReplyPlayback implements SynthesisListener {
    private final String id;
    private final List<String> sentences;
    private final Speaker speaker;
    private final ByteArrayOutputStream[] waiting;
    private final ByteArrayOutputStream[] captured;
    private final boolean[] complete;
    private final List<Integer> synthesised = new ArrayList<>();
    private final BiConsumer<Integer, byte[]> onCaptured;
    private final Consumer<String> onFailure;
    /** Whether the last sentence is the question the reply asks (the caller's answer may come during it). */
    private final boolean asks;
    private int next;
    /** Sentences whose audio, and mark, have all gone out to the line. */
    private int sent;
    private int heard;
    /** Sentences from here on are not played (the order they announced could not be stored). */
    private int end;

    /**
     * @param asks       whether the last sentence is the question the reply asks
     * @param onCaptured given a sentence's index and its whole audio, when it was captured for the cache
     */
    ReplyPlayback(String id, List<String> sentences, boolean asks, Speaker speaker, BiConsumer<Integer, byte[]> onCaptured,
                  Consumer<String> onFailure) {
        this.id = id;
        this.sentences = sentences;
        this.asks = asks && !sentences.isEmpty();
        this.speaker = speaker;
        this.onCaptured = onCaptured;
        this.onFailure = onFailure;
        int n = sentences.size();
        waiting = new ByteArrayOutputStream[n];
        captured = new ByteArrayOutputStream[n];
        complete = new boolean[n];
        for (int i = 0; i < n; i++) waiting[i] = new ByteArrayOutputStream();
        end = n;
    }

    /** Plays only the first {@code sentences}: the audio of later ones is dropped, even if it still comes. */
    void keepOnly(int sentences) {
        end = Math.min(end, sentences);
    }

    /** Whether the first {@code sentences} are wholly passed on to the speaker. */
    boolean passedOn(int sentences) {
        return next >= sentences;
    }

    /** The sentence's audio is already known (cache). */
    void cached(int sentence, byte[] audio) {
        take(sentence, audio);
        complete[sentence] = true;
        drain();
    }

    /** The sentence goes to the synthesiser; its audio will come tagged with the next synthesis index. */
    void synthesise(int sentence, boolean capture) {
        synthesised.add(sentence);
        if (capture) captured[sentence] = new ByteArrayOutputStream();
    }

    @Override
    public void audio(int index, byte[] mulaw) {
        if (index < synthesised.size()) take(synthesised.get(index), mulaw);
    }

    @Override
    public void sentenceDone(int index) {
        if (index < 0 || index >= synthesised.size()) return;
        int sentence = synthesised.get(index);
        if (sentence >= end) return;
        complete[sentence] = true;
        if (captured[sentence] != null) onCaptured.accept(sentence, captured[sentence].toByteArray());
        drain();
    }

    @Override
    public void failed(String why) {
        onFailure.accept(why);
    }

    private void take(int sentence, byte[] audio) {
        if (sentence >= end) return;
        if (captured[sentence] != null) captured[sentence].writeBytes(audio);
        if (sentence == next) speaker.audio(audio);
        else waiting[sentence].writeBytes(audio);
    }

    private void drain() {
        while (next < end && complete[next]) {
            speaker.mark(markOf(next));
            next++;
            if (next < end && waiting[next].size() > 0) {
                speaker.audio(waiting[next].toByteArray());
                waiting[next].reset();
            }
        }
    }

    String markOf(int sentence) {
        return id + "-s" + sentence;
    }

    /** A mark went out: every sentence up to it was sent to the line. */
    void sent(String mark) {
        for (int i = 0; i < sentences.size(); i++) if (markOf(i).equals(mark)) sent = Math.max(sent, i + 1);
    }

    /** Whether the sentence going out now is the reply's question: all before it sent, not all of it yet. */
    boolean askingNow() {
        return asks && end == sentences.size() && sent == sentences.size() - 1;
    }

    /** Whether every sentence to be played has gone out, audio and mark. */
    boolean allSent() {
        return sent >= end;
    }

    /** A mark came back: every sentence up to it was played. */
    void echoed(String mark) {
        for (int i = 0; i < sentences.size(); i++) if (markOf(i).equals(mark)) heard = Math.max(heard, i + 1);
    }

    boolean allHeard() {
        return heard == sentences.size();
    }

    /** The words the caller actually heard, for the transcript after a barge-in. */
    String heardText() {
        return String.join(" ", sentences.subList(0, heard));
    }
}
