package pizzeria.voice;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** A call's clock on its Vert.x event loop: the loop's timers, System.nanoTime. */
public final class LoopClock implements CallClock {
    private final Vertx vertx;
    private final Context context;

    /** Binds to the event loop the caller is on (a call is created on the loop that owns its socket). */
    public LoopClock(Vertx vertx) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public long after(long millis, Runnable task) {
        return vertx.setTimer(millis, id -> task.run());
    }

    @Override
    public long every(long millis, Runnable task) {
        return vertx.setPeriodic(millis, id -> task.run());
    }

    @Override
    public void cancel(long timer) {
        vertx.cancelTimer(timer);
    }

    @Override
    public void run(Runnable task) {
        if (Vertx.currentContext() == context) task.run();
        else context.runOnContext(v -> task.run());
    }
}
