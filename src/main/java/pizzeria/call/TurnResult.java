package pizzeria.call;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import pizzeria.order.Bill;
import pizzeria.order.Order;

/**
 * The agent's answer to a turn and where the call now stands. When the reply holds a part until the order
 * is committed, {@code settled} completes with the turn as it finally stands (stored: the call ends as
 * placed; not stored: the apology, and a transfer); otherwise it is this result.
 *
 * @param modelWait how long this turn waited on a language model to be understood (zero for the local parser):
 *                  the channel counts it as a provider's time, not the gateway's
 */
public record TurnResult(Reply said, String phase, Order order, Bill bill, boolean ended, String orderId,
                         String transferTo, CompletionStage<TurnResult> settled, Duration modelWait) {

    /** @param settled the turn as it finally stands, or null when nothing is still to come (it is this result) */
    static TurnResult of(Reply said, String phase, Order order, Bill bill, boolean ended, String orderId, String transferTo,
                         CompletionStage<TurnResult> settled, Duration modelWait) {
        if (settled != null) return new TurnResult(said, phase, order, bill, ended, orderId, transferTo, settled, modelWait);
        CompletableFuture<TurnResult> self = new CompletableFuture<>();
        TurnResult r = new TurnResult(said, phase, order, bill, ended, orderId, transferTo, self, modelWait);
        self.complete(r);
        return r;
    }

    /** The reply's words, as the text channel answers them. */
    public String reply() {
        return said == null ? "" : said.text();
    }
}
