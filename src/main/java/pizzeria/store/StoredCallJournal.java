package pizzeria.store;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import pizzeria.call.CallJournal;
import pizzeria.call.CallRecord;
import pizzeria.call.PlacedOrder;
import pizzeria.call.Receipt;

/**
 * The call journal in each tenant's schema; every record written is reported (metrics count ended calls). A
 * record the database does not take goes to the {@link RecordOutbox}, and so do the call's later records, behind it.
 */
public final class StoredCallJournal implements CallJournal {
    private static final Logger LOG = Logger.getLogger(StoredCallJournal.class.getName());

    private final Vertx vertx;
    private final OrderStore orders;
    private final BiConsumer<String, JsonObject> recorded;
    private final RecordOutbox kept;

    public StoredCallJournal(Vertx vertx, OrderStore orders, BiConsumer<String, JsonObject> recorded) {
        this(vertx, orders, recorded, new RecordOutbox(vertx, orders, null));
    }

    public StoredCallJournal(Vertx vertx, OrderStore orders, BiConsumer<String, JsonObject> recorded, RecordOutbox kept) {
        this.vertx = vertx;
        this.orders = orders;
        this.recorded = recorded;
        this.kept = kept;
    }

    /** Commits the order by its deadline or not at all; a record of the call kept for later gives way to it first. */
    @Override
    public CompletionStage<Void> placeOrder(String tenantId, String callId, PlacedOrder order, Receipt receipt, java.time.Instant deadline) {
        return kept.giveWay(callId).compose(v -> orders.saveOrder(tenantId, new JsonObject(order.view()), receipt, deadline))
                .onFailure(e -> LOG.warning("order " + order.order().orderId() + " of call " + callId + " in " + tenantId
                        + " not committed: " + e.getMessage()))
                .toCompletionStage();
    }

    @Override
    public CompletionStage<Void> placeOrder(String tenantId, PlacedOrder order) {
        return placeOrder(tenantId, order, null);
    }

    @Override
    public CompletionStage<Void> placeOrder(String tenantId, PlacedOrder order, Receipt receipt) {
        return orders.saveOrder(tenantId, new JsonObject(order.view()), receipt).toCompletionStage();
    }

    /** Read and written on the next turn of the event loop: the answer that asked for it goes first. */
    @Override
    public CompletionStage<Void> save(String tenantId, Supplier<CallRecord> callRecord) {
        Promise<Void> written = Promise.promise();
        vertx.runOnContext(v -> {
            JsonObject json = new JsonObject(callRecord.get().asMap());
            if (kept.holds(json.getString("callId"))) {
                kept.keep(tenantId, json);
                written.complete();
                return;
            }
            orders.saveCall(tenantId, json)
                    .onSuccess(ok -> recorded.accept(tenantId, json))
                    .onFailure(e -> {
                        LOG.warning("record of call " + json.getString("callId") + " in " + tenantId + " not written, kept to write later: " + e.getMessage());
                        kept.keep(tenantId, json);
                    })
                    .onComplete(written);
        });
        return written.future().toCompletionStage();
    }
}
