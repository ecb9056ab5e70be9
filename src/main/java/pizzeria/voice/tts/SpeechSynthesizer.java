package pizzeria.voice.tts;

/** A streaming speech synthesiser: one connection per call, one utterance (context) per agent reply. */
public interface SpeechSynthesizer {
    Utterance utterance(SynthesisListener listener);

    void close();
}
