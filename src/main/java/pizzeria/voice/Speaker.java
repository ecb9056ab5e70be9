package pizzeria.voice;

import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Plays audio to the caller: whole frames, paced in real time with a small lead (so a clear takes effect
 * at once and marks stay accurate), and marks placed between sentences. Runs on the call's event loop.
 */
final class Speaker {
    private static final int LEAD_FRAMES = 5;

    private record Mark(String name) { }

    private final Vertx vertx;
    private final MediaOut out;
    private final Frames framer = new Frames();
    private final Deque<Object> queue = new ArrayDeque<>();
    private final List<String> marksInFlight = new ArrayList<>();
    private long timer = -1;
    private boolean held;
    private Runnable onFirstFrame;
    private Runnable onIdle = () -> { };

    Speaker(Vertx vertx, MediaOut out) {
        this.vertx = vertx;
        this.out = out;
    }

    void audio(byte[] bytes) {
        queue.addAll(framer.add(bytes));
        pump();
    }

    /** Ends a sentence: its last partial frame is padded, then the mark follows it. */
    void mark(String name) {
        queue.addAll(framer.flush());
        queue.add(new Mark(name));
        pump();
    }

    /** Runs once, when the next frame goes out (a turn's "first frame sent"). */
    void onFirstFrame(Runnable r) {
        onFirstFrame = r;
    }

    /** Runs when everything queued has been played and every mark echoed. */
    void onIdle(Runnable r) {
        onIdle = r;
    }

    boolean speaking() {
        return !queue.isEmpty() || !marksInFlight.isEmpty();
    }

    /** Queues what comes without sending it, until {@link #release()} (a reply that must wait for storage). */
    void hold() {
        held = true;
    }

    void release() {
        held = false;
        pump();
    }

    /** The caller talked over us: stop within a frame and forget what was queued. */
    void clear() {
        held = false;
        queue.clear();
        framer.clear();
        marksInFlight.clear();
        stopTimer();
        out.clear();
    }

    /** A mark came back: its audio, and everything before it, was played. */
    boolean echoed(String name) {
        int at = marksInFlight.indexOf(name);
        if (at < 0) return false;
        marksInFlight.subList(0, at + 1).clear();
        if (!speaking()) onIdle.run();
        return true;
    }

    private void pump() {
        if (held || timer != -1 || queue.isEmpty()) return;
        for (int i = 0; i < LEAD_FRAMES && !queue.isEmpty(); i++) sendNext();
        timer = vertx.setPeriodic(20, t -> {
            sendNext();
            if (queue.isEmpty()) stopTimer();
        });
    }

    private void sendNext() {
        while (queue.peek() instanceof Mark m) {
            queue.poll();
            marksInFlight.add(m.name());
            out.mark(m.name());
        }
        Object next = queue.poll();
        if (next == null) return;
        if (onFirstFrame != null) { Runnable r = onFirstFrame; onFirstFrame = null; r.run(); }
        out.media((byte[]) next);
        while (queue.peek() instanceof Mark m) {
            queue.poll();
            marksInFlight.add(m.name());
            out.mark(m.name());
        }
    }

    private void stopTimer() {
        if (timer != -1) vertx.cancelTimer(timer);
        timer = -1;
    }
}
