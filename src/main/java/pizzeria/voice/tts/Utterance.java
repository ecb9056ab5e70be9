package pizzeria.voice.tts;

/** One agent reply being synthesised, sentence by sentence, as the text is produced. */
public interface Utterance {
    /** Adds the next sentence; its audio arrives tagged with its index (0, 1, ...) in this utterance. */
    void sentence(String text);

    /** No more sentences. */
    void end();

    /** Stops synthesis now (the caller barged in); late audio for it is dropped. */
    void cancel();
}
