package pizzeria.call;

import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Where calls are written. Placing an order commits the order and its lines alone, before the caller is
 * told it is placed (the one write a caller waits for); the call's record (outcome, transcript, cost and the
 * order again) follows it, in one transaction of its own.
 */
public interface CallJournal {
    /** Commits an order and its lines. */
    CompletionStage<Void> placeOrder(String tenantId, PlacedOrder order);

    /**
     * The same, with the text receipt to send the caller once it is committed (null: none), queued in the
     * same transaction as the order so it goes out exactly when the order is stored.
     */
    default CompletionStage<Void> placeOrder(String tenantId, PlacedOrder order, Receipt receipt) {
        return placeOrder(tenantId, order);
    }

    /**
     * The same, for call {@code callId}, refused by the store if it would be committed after {@code deadline}
     * (null: no deadline): the caller is told it failed at the deadline, so it must not be placed later.
     */
    default CompletionStage<Void> placeOrder(String tenantId, String callId, PlacedOrder order, Receipt receipt,
                                             java.time.Instant deadline) {
        return placeOrder(tenantId, order, receipt);
    }

    /**
     * Writes a call's record with its order, lines and turns, all or none. The record is read when the
     * write starts, which need not be before this returns: a turn's answer does not wait for it.
     */
    CompletionStage<Void> save(String tenantId, Supplier<CallRecord> callRecord);
}
