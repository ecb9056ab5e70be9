package pizzeria.voice.tts;

/** Audio of an utterance, in order: 8 kHz mu-law bytes of any length, then the end of each sentence. */
public interface SynthesisListener {
    void audio(int sentence, byte[] mulaw);

    void sentenceDone(int sentence);

    void failed(String why);
}
