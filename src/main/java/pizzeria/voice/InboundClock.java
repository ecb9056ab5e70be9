package pizzeria.voice;

/**
 * When each recent frame of caller audio arrived, so a provider's word timing (seconds of audio) can be
 * turned into the moment the caller actually stopped speaking. Keeps the last ten seconds.
 */
final class InboundClock {
    private static final int FRAMES = 512;
    private final long[] arrivals = new long[FRAMES];
    private long count;

    void frame(long nanos) {
        arrivals[(int) (count++ % FRAMES)] = nanos;
    }

    /** The arrival time of the audio at {@code seconds}, or {@code fallback} when it is too old or unknown. */
    long at(double seconds, long fallback) {
        long index = (long) Math.floor(seconds * 50);
        if (index < 0 || index >= count || count - index > FRAMES) return fallback;
        return arrivals[(int) (index % FRAMES)];
    }
}
