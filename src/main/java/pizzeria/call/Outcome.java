package pizzeria.call;

/** How a call ended (the wire names are the call record's). */
public enum Outcome {
    PLACED("placed"),
    TRANSFERRED("transferred"),
    CANCELLED("cancelled"),
    HUNG_UP("hung_up"),
    CLOSED("closed");

    private final String wire;

    Outcome(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
