package pizzeria.voice;

/**
 * Time and timers for one phone call, and the one thread its events run on. Real calls use the call's
 * event loop ({@link LoopClock}); tests move time forward by hand instead of sleeping.
 */
public interface CallClock {
    /** A monotonic reading, in nanoseconds. */
    long nanoTime();

    /** Runs {@code task} once after {@code millis}; the id cancels it. */
    long after(long millis, Runnable task);

    /** Runs {@code task} every {@code millis}; the id cancels it. */
    long every(long millis, Runnable task);

    void cancel(long timer);

    /** Runs {@code task} on the call's thread: at once when already on it, else as soon as it is free. */
    void run(Runnable task);
}
