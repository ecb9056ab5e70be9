package pizzeria.call;

/**
 * The reply to a caller who just confirmed their order, while the order is being stored. {@code now}
 * acknowledges the "yes" and says nothing of the order, so a voice channel may play it at once; the rest
 * tells the caller the order is in and may be heard only once the store has committed it.
 */
public record StoringReply(String now, String onceStored) {
    /** What the caller is answered while the order is stored: short, and true whether or not the store succeeds. */
    static final String ACKNOWLEDGMENT = "One moment.";

    public String text() {
        return now + " " + onceStored;
    }
}
