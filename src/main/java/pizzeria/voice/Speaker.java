package pizzeria.voice;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Plays audio to the caller: whole frames, paced in real time with a small lead (so a clear takes effect
 * at once and marks stay accurate), and marks placed between sentences. Runs on the call's thread, on its clock.
 *
 * <p>Pacing follows a clock, not a count: we track when the caller's buffer runs dry and top it up to the
 * lead at every tick, so a tick that fires late (a busy event loop) is made up at the next one instead of
 * eating into the lead for good. Frames go out several to a media message (whole frames only): a tick
 * every 80 ms instead of a message every 20 ms is a quarter of the writes and timer wake-ups per call.
 */
final class Speaker {
    static final int FRAMES_PER_MESSAGE = 4;
    private static final long FRAME_NANOS = 20_000_000L;
    /** 200 ms ahead at most (what Twilio advises, so clears stay prompt and marks accurate), 120 ms just
     *  before a tick: a tick may come 120 ms late before the caller hears a hole. */
    private static final long LEAD_NANOS = 10 * FRAME_NANOS;
    private static final long TICK_MS = FRAMES_PER_MESSAGE * 20;

    private record Mark(String name) { }

    private final CallClock clock;
    private final MediaOut out;
    private final Frames framer = new Frames();
    /** Runs of whole frames (as the synthesiser or the cache gave them) and marks, in playing order. */
    private final Deque<Object> queue = new ArrayDeque<>();
    /** How far into the run at the head of the queue has been sent. */
    private int headOffset;
    private final List<String> marksInFlight = new ArrayList<>();
    /** When the caller's buffer runs dry with what has been sent so far (on the call's clock). */
    private long dryAt;
    private long timer = -1;
    private boolean held;
    /** A mark after which what follows is held (the end of an acknowledgment played while an order is stored). */
    private String holdAt;
    private Runnable onFirstFrame;
    private Runnable onIdle = () -> { };
    private Consumer<String> onMarkSent = name -> { };

    Speaker(CallClock clock, MediaOut out) {
        this.clock = clock;
        this.out = out;
    }

    void audio(byte[] bytes) {
        enqueue(framer.add(bytes));
        pump();
    }

    /** Ends a sentence: its last partial frame is padded, then the mark follows it. */
    void mark(String name) {
        enqueue(framer.flush());
        queue.add(new Mark(name));
        pump();
    }

    private void enqueue(byte[] frames) {
        if (frames.length > 0) queue.add(frames);
    }

    /** Runs once, when the next frame goes out (a turn's "first frame sent"). */
    void onFirstFrame(Runnable r) {
        onFirstFrame = r;
    }

    /**
     * Told each mark as it goes out to the line (every frame before it is sent), once the frames sent with it
     * are out: what it does may queue more audio.
     */
    void onMarkSent(Consumer<String> c) {
        onMarkSent = c;
    }

    /** Runs when everything queued has been played and every mark echoed. */
    void onIdle(Runnable r) {
        onIdle = r;
    }

    /** Held audio counts: a reply waiting for its order to be stored is still being spoken. */
    boolean speaking() {
        return held || holdAt != null || !queue.isEmpty() || !marksInFlight.isEmpty();
    }

    /** Audio not yet sent to the caller, held or queued (marks awaiting their echo do not count). */
    boolean audioToSend() {
        return held || holdAt != null || queue.stream().anyMatch(o -> !(o instanceof Mark));
    }

    /** Plays on up to and including the given mark, then holds what follows until {@link #release()}. */
    void holdAfter(String mark) {
        holdAt = mark;
    }

    void release() {
        held = false;
        holdAt = null;
        pump();
    }

    /** What was held is not to be played after all; what comes before the hold still plays to its end. */
    void dropHeld() {
        if (held) {
            queue.clear();
            headOffset = 0;
            framer.clear();
        } else if (holdAt != null) {
            Deque<Object> before = new ArrayDeque<>();
            for (Object o : queue) {
                before.add(o);
                if (o instanceof Mark m && m.name().equals(holdAt)) {
                    framer.clear(); // what is being framed comes after the hold
                    break;
                }
            }
            queue.clear();
            queue.addAll(before); // the head run, if any, is still the one partly sent
        }
        held = false;
        holdAt = null;
        pump();
    }

    /** The caller talked over us: stop at once and forget what was queued. */
    void clear() {
        held = false;
        holdAt = null;
        queue.clear();
        headOffset = 0;
        framer.clear();
        marksInFlight.clear();
        stopTimer();
        dryAt = 0;
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
        if (held || queue.isEmpty()) return;
        topUp();
        if (timer == -1 && !queue.isEmpty()) timer = clock.every(TICK_MS, () -> {
            topUp();
            if (queue.isEmpty() || held) stopTimer();
        });
    }

    /** Sends until the caller has the lead in hand; a mark ends a message so it falls exactly between sentences. */
    private void topUp() {
        if (held) return;
        long now = clock.nanoTime();
        if (dryAt - now < 0) dryAt = now;
        ByteArrayOutputStream message = new ByteArrayOutputStream(FRAMES_PER_MESSAGE * Frames.SIZE);
        List<String> marksSent = new ArrayList<>(1);
        while (!queue.isEmpty()) {
            if (queue.peek() instanceof Mark m) {
                send(message);
                queue.poll();
                marksInFlight.add(m.name());
                out.mark(m.name());
                marksSent.add(m.name());
                if (m.name().equals(holdAt)) {
                    holdAt = null;
                    held = true;
                    break;
                }
            } else if (dryAt - now < LEAD_NANOS) {
                byte[] run = (byte[]) queue.peek();
                message.write(run, headOffset, Frames.SIZE);
                headOffset += Frames.SIZE;
                if (headOffset == run.length) {
                    queue.poll();
                    headOffset = 0;
                }
                dryAt += FRAME_NANOS;
                if (message.size() == FRAMES_PER_MESSAGE * Frames.SIZE) send(message);
            } else {
                break;
            }
        }
        send(message);
        // Only now, with this round sent: the listener may queue the next reply.
        for (String name : marksSent) onMarkSent.accept(name);
    }

    private void send(ByteArrayOutputStream message) {
        if (message.size() == 0) return;
        if (onFirstFrame != null) { Runnable r = onFirstFrame; onFirstFrame = null; r.run(); }
        out.media(message.toByteArray());
        message.reset();
    }

    private void stopTimer() {
        if (timer != -1) clock.cancel(timer);
        timer = -1;
    }
}
