package pizzeria.understand;

/** Who read a turn, as recorded with it (the wire names are the call record's). */
public enum UnderstoodBy {
    LOCAL("local"),
    MODEL("model"),
    /** The model failed (timeout, error); the local parser answered. */
    LOCAL_FALLBACK("local-fallback"),
    /** The model proposed nothing; the local parser's reading stood. */
    LOCAL_AFTER_MODEL("local-after-model"),
    /** Nobody could read it: the understander itself failed. */
    FAILED("failed"),
    /** No caller words: the channel spoke on its own (a prompt after silence). */
    CHANNEL("channel");

    private final String wire;

    UnderstoodBy(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
