package pizzeria.voice.fakes;

import java.util.Arrays;

/**
 * Instants (System.nanoTime) kept as primitives, in the order added. A thousand fake callers in the load bench
 * note every frame they hear: as boxed Longs that is millions of objects the generator's collector traces and
 * copies, and its pauses, while the fake callers stop reading, show up as late frames that are not the gateway's.
 */
public final class NanoTimes {
    private long[] times = new long[256];
    private int size;

    public synchronized void add(long nanos) {
        if (size == times.length) times = Arrays.copyOf(times, size * 2);
        times[size++] = nanos;
    }

    public synchronized int size() {
        return size;
    }

    public synchronized boolean isEmpty() {
        return size == 0;
    }

    /** The latest instant, or 0 when none was added. */
    public synchronized long last() {
        return size == 0 ? 0 : times[size - 1];
    }

    public synchronized long[] toArray() {
        return Arrays.copyOf(times, size);
    }
}
