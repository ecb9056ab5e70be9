package pizzeria.call;

/** Who said a line of the transcript. */
public enum Party {
    CALLER("caller"),
    AGENT("agent");

    private final String wire;

    Party(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
