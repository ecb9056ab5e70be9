package pizzeria.voice;

import java.util.function.IntConsumer;

/**
 * Notices a caller who says nothing once we have finished speaking: after {@code silenceMs} it reports the
 * silence, counting silences in a row until the caller speaks again. What to say is the conversation's call.
 */
final class SilenceWatch {
    private final CallClock clock;
    private final long silenceMs;
    private final IntConsumer silent;
    private int inARow;
    private long timer = -1;

    /** @param silent told the number of silences in a row (1, 2, ...) */
    SilenceWatch(CallClock clock, long silenceMs, IntConsumer silent) {
        this.clock = clock;
        this.silenceMs = silenceMs;
        this.silent = silent;
    }

    /** We have finished speaking: the caller's turn. */
    void start() {
        cancel();
        timer = clock.after(silenceMs, () -> {
            timer = -1;
            silent.accept(++inARow);
        });
    }

    /** The caller spoke: the count starts again. */
    void callerSpoke() {
        cancel();
        inARow = 0;
    }

    /** We speak (or the call is over). */
    void cancel() {
        if (timer != -1) clock.cancel(timer);
        timer = -1;
    }
}
