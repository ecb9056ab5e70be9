package pizzeria;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.CompletionStage;
import pizzeria.understand.TurnContext;
import pizzeria.understand.Understander;
import pizzeria.understand.Understanding;

/**
 * Understanding on a small pool of worker threads, never on an event loop: the local parser takes tens of
 * milliseconds on a 2,000-character turn, which on a loop would stall every other call on it. The pool
 * bounds how many turns are parsed at once; a call's turns stay in order because its session asks for
 * one understanding at a time.
 */
final class OffLoopUnderstander implements Understander {
    private final WorkerExecutor workers;
    private final Understander inner;

    OffLoopUnderstander(WorkerExecutor workers, Understander inner) {
        this.workers = workers;
        this.inner = inner;
    }

    @Override
    public CompletionStage<Understanding> understand(String utterance, TurnContext context) {
        return workers.executeBlocking(() -> inner.understand(utterance, context), false)
                .compose(Future::fromCompletionStage)
                .toCompletionStage();
    }
}
