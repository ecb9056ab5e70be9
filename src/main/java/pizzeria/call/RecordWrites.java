package pizzeria.call;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * One call's writes to the journal, one at a time and in the order asked for: two writes of the same call
 * never race for the same rows. A record write asked for while another is still waiting to start is that
 * same write (it reads the call as it is when it starts), so a burst of updates costs one write.
 */
final class RecordWrites {
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
    private CompletableFuture<Void> waitingRecord;

    /** A write that must happen as asked (placing an order): after every earlier one. */
    CompletionStage<Void> then(Supplier<CompletionStage<Void>> write) {
        return append(write, false);
    }

    /** A write of the call's latest record: after every earlier write, merged with one not yet started. */
    CompletionStage<Void> record(Supplier<CompletionStage<Void>> write) {
        return append(write, true);
    }

    private CompletionStage<Void> append(Supplier<CompletionStage<Void>> write, boolean mergeable) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> before;
        synchronized (this) {
            if (mergeable && waitingRecord != null) return waitingRecord;
            if (mergeable) waitingRecord = mine;
            before = last;
            last = mine;
        }
        // Run outside the lock: the write may take the session's own lock to read the call.
        before.handle((ok, error) -> null)
                .thenCompose(x -> {
                    started(mine);
                    return write.get();
                })
                .whenComplete((ok, error) -> {
                    if (error == null) mine.complete(null);
                    else mine.completeExceptionally(error);
                });
        return mine;
    }

    /** Completes when every write asked for so far is done, failed or not. */
    synchronized CompletionStage<Void> settled() {
        return last.handle((ok, error) -> null);
    }

    private synchronized void started(CompletableFuture<Void> write) {
        if (waitingRecord == write) waitingRecord = null;
    }
}
