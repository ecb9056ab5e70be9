package pizzeria.store;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * Tenants whose schema should be made ready behind the scenes, one at a time: the migrations of all
 * tenants take one lock in turn anyway, and one at a time leaves the pool's other connections to calls.
 */
final class SchemaQueue {
    private final Function<String, Future<Void>> prepare;
    private final Deque<String> waiting = new ArrayDeque<>();
    private final List<Promise<Void>> drainedWaiters = new ArrayList<>();
    private boolean running;
    private boolean paused;

    SchemaQueue(Function<String, Future<Void>> prepare) {
        this.prepare = prepare;
    }

    synchronized void add(String tenantId) {
        waiting.add(tenantId);
        if (!paused && !running) {
            running = true;
            next();
        }
    }

    /** Schemas not begun yet wait for {@link #resume()}: a start holds them, not to slow its loading. */
    synchronized void pause() {
        paused = true;
    }

    /** Works through the tenants waiting, and those added later. */
    synchronized void resume() {
        paused = false;
        if (!running && !waiting.isEmpty()) {
            running = true;
            next();
        }
    }

    /** Tenants still waiting, and the one in hand. */
    synchronized int pending() {
        return waiting.size() + (running ? 1 : 0);
    }

    synchronized Future<Void> drained() {
        if (!running && waiting.isEmpty()) return Future.succeededFuture();
        Promise<Void> p = Promise.promise();
        drainedWaiters.add(p);
        return p.future();
    }

    /** A loop, not a recursion: schemas already ready complete at once, and there may be ten thousand. */
    private void next() {
        while (true) {
            String id;
            List<Promise<Void>> done;
            synchronized (this) {
                id = paused ? null : waiting.poll();
                if (id == null) {
                    running = false;
                    done = waiting.isEmpty() ? new ArrayList<>(drainedWaiters) : List.of();
                    if (waiting.isEmpty()) drainedWaiters.clear();
                } else {
                    done = List.of();
                }
            }
            if (id == null) {
                done.forEach(Promise::tryComplete);
                return;
            }
            Future<Void> prepared = prepare.apply(id);
            if (!prepared.isComplete()) {
                prepared.onComplete(r -> next());
                return;
            }
        }
    }
}
