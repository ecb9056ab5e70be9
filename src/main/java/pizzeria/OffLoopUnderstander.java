package pizzeria;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.CompletionStage;
import pizzeria.understand.TurnContext;
import pizzeria.understand.Understander;
import pizzeria.understand.Understanding;

/**
 * Long turns are understood on a small pool of worker threads, never on an event loop: the local parser takes
 * milliseconds per hundred characters, so a 2,000-character typed turn on a loop would stall every other call on
 * it. A turn as long as people say in one breath (up to {@link #INLINE_CHARS}) is read where it arrives, with no
 * hop to another thread and back: the parser takes about 0.1 ms on a spoken order on the benchmark machine
 * (BENCHMARKS.md), and at most a few ms for 200 characters on a machine six times slower. The pool bounds how
 * many long turns are parsed at once; a call's turns stay in order because its session asks for one
 * understanding at a time.
 */
final class OffLoopUnderstander implements Understander {
    /** Longest turn read in place: a spoken sentence or two (BENCHMARKS.md has the parser's time per length). */
    static final int INLINE_CHARS = 200;

    private final WorkerExecutor workers;
    private final Understander inner;

    OffLoopUnderstander(WorkerExecutor workers, Understander inner) {
        this.workers = workers;
        this.inner = inner;
    }

    @Override
    public CompletionStage<Understanding> understand(String utterance, TurnContext context) {
        if (utterance.length() <= INLINE_CHARS) return inner.understand(utterance, context);
        return workers.executeBlocking(() -> inner.understand(utterance, context), false)
                .compose(Future::fromCompletionStage)
                .toCompletionStage();
    }
}
