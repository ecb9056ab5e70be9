package pizzeria.voice;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * A call clock that moves only when a test says so: timers fire in order as time is advanced, and the
 * call's thread is the test's own. No sleeping, and the same outcome on a busy machine.
 */
final class ManualClock implements CallClock {
    private record Timer(long id, long dueNanos, long periodNanos, Runnable task) { }

    private final PriorityQueue<Timer> timers = new PriorityQueue<>(
            Comparator.comparingLong(Timer::dueNanos).thenComparingLong(Timer::id));
    private long now = 1_000_000_000L;
    private long nextId = 1;

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public long after(long millis, Runnable task) {
        return add(millis, 0, task);
    }

    @Override
    public long every(long millis, Runnable task) {
        return add(millis, millis * 1_000_000L, task);
    }

    @Override
    public void cancel(long timer) {
        timers.removeIf(t -> t.id() == timer);
    }

    @Override
    public void run(Runnable task) {
        task.run();
    }

    /** Moves time forward, running every timer that falls due on the way, at its own time. */
    void advance(long millis) {
        long until = now + millis * 1_000_000L;
        while (!timers.isEmpty() && timers.peek().dueNanos() <= until) {
            Timer t = timers.poll();
            now = t.dueNanos();
            if (t.periodNanos() > 0) timers.add(new Timer(t.id(), now + t.periodNanos(), t.periodNanos(), t.task()));
            t.task().run();
        }
        now = until;
    }

    private long add(long millis, long periodNanos, Runnable task) {
        long id = nextId++;
        timers.add(new Timer(id, now + millis * 1_000_000L, periodNanos, task));
        return id;
    }
}
