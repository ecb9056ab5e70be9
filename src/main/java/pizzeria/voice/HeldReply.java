package pizzeria.voice;

/**
 * A reply whose last part waits for its order to be committed: the acknowledgment plays at once, the rest is
 * synthesised meanwhile and held by the speaker. The store's answer then releases it, or drops it unheard.
 */
final class HeldReply {
    /** How many sentences are the acknowledgment, played while the order is stored; 0: nothing held. */
    private int acknowledgment;
    /** The caller talked over it: all of it is gone, and the settled reply is spoken anew. */
    private boolean dropped;

    void begin(int acknowledgmentSentences) {
        acknowledgment = acknowledgmentSentences;
        dropped = false;
    }

    /** Whether a reply is waiting for its order (and not yet dropped). */
    boolean waiting() {
        return acknowledgment > 0 && !dropped;
    }

    int acknowledgment() {
        return acknowledgment;
    }

    /** The caller talked over the held reply. */
    void drop() {
        dropped = true;
    }

    boolean dropped() {
        return dropped;
    }

    /** The store has answered. */
    void end() {
        acknowledgment = 0;
        dropped = false;
    }
}
