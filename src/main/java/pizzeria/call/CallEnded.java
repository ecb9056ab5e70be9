package pizzeria.call;

/** A turn arrived for a call that has already ended. */
public final class CallEnded extends RuntimeException {
    public CallEnded(String callId) {
        super("call " + callId + " has ended");
    }
}
