package pizzeria.voice.fakes;

import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One timer per event loop for every fake caller on it: a timer per caller cost a load test more than the
 * calls did. Callers are dealt into ten 2 ms slots, so their frames stay spread over each 20 ms as real
 * callers' are. Slots are counted on the clock: a late timer catches up rather than slowing the callers.
 */
final class Metronome {
    private static final int SLOTS = 10;
    private static final long SLOT_NANOS = 2_000_000L;
    private static final Map<Thread, Metronome> BY_LOOP = new ConcurrentHashMap<>();

    private final List<List<Runnable>> slots = new ArrayList<>();
    private final long startNanos = System.nanoTime();
    private long slotsDone;
    private int dealt;

    private Metronome(Vertx vertx) {
        for (int i = 0; i < SLOTS; i++) slots.add(new ArrayList<>());
        vertx.setPeriodic(2, t -> fire());
    }

    /** Runs {@code tick} every 20 ms on the calling event loop until the returned handle is run. Call it on that loop. */
    static Runnable every20Ms(Vertx vertx, Runnable tick) {
        Metronome m = BY_LOOP.computeIfAbsent(Thread.currentThread(), t -> new Metronome(vertx));
        List<Runnable> slot = m.slots.get(m.dealt++ % SLOTS);
        slot.add(tick);
        return () -> slot.remove(tick);
    }

    private void fire() {
        long due = (System.nanoTime() - startNanos) / SLOT_NANOS;
        // after a long stall, skip rather than send a burst of old frames
        if (due - slotsDone > SLOTS) slotsDone = due - SLOTS;
        while (slotsDone < due) {
            for (Runnable r : List.copyOf(slots.get((int) (slotsDone++ % SLOTS)))) r.run();
        }
    }
}
