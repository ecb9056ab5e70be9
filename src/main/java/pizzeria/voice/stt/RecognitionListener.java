package pizzeria.voice.stt;

/** What a recogniser hears. Times are seconds of call audio since the stream opened. */
public interface RecognitionListener {
    /** Voice activity began; it may be a cough, so it interrupts nothing by itself. */
    void speechStarted(double at);

    /** Words heard so far in the current utterance; they may still change. */
    void interim(String words);

    /**
     * The caller finished an utterance.
     *
     * @param lastWordEnd when the last word ended (from the provider's word timings)
     */
    void utterance(String text, double lastWordEnd);

    /** The provider is gone for good; the call must go on without hearing, or be handed over. */
    void failed(String why);
}
