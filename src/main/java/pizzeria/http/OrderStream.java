package pizzeria.http;

import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import pizzeria.store.OrderStore;

/**
 * A tenant's live orders as Server-Sent Events: {@code event: order} with the order JSON, for every order placed
 * or changed from the moment of connecting; {@code ?since=<orderId>} first replays the orders placed after it.
 * Live events that arrive during the replay wait for it, so none is lost or sent before what came earlier.
 */
final class OrderStream {
    /** The event-bus address a tenant's order changes are published on (this gateway's only, for now). */
    static String address(String tenantId) {
        return "orders." + tenantId;
    }

    private static final long HEARTBEAT_MS = 15_000;

    private final OrderStore orders;

    OrderStream(OrderStore orders) {
        this.orders = orders;
    }

    void open(RoutingContext ctx) {
        String tenantId = ctx.pathParam("id");
        String since = ctx.queryParams().get("since");
        HttpServerResponse response = ctx.response().setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-cache").putHeader("X-Accel-Buffering", "no");
        List<JsonObject> waiting = new ArrayList<>();
        boolean[] replaying = {since != null};
        MessageConsumer<JsonObject> consumer = ctx.vertx().eventBus().consumer(address(tenantId), m -> {
            if (replaying[0]) waiting.add(m.body());
            else send(response, m.body());
        });
        // said once the subscription is in place: a client that has read it misses no order after it
        response.write(": connected\n\n");
        long heartbeat = ctx.vertx().setPeriodic(HEARTBEAT_MS, id -> { if (!response.ended()) response.write(": keep-alive\n\n"); });
        response.closeHandler(v -> {
            consumer.unregister();
            ctx.vertx().cancelTimer(heartbeat);
        });
        if (since == null) return;
        orders.placedAfter(tenantId, since).onComplete(r -> {
            if (r.succeeded()) r.result().forEach(o -> send(response, o));
            else java.util.logging.Logger.getLogger(OrderStream.class.getName())
                    .warning("order stream of " + tenantId + ": the replay after " + since + " failed: " + r.cause().getMessage());
            waiting.forEach(o -> send(response, o));
            waiting.clear();
            replaying[0] = false;
        });
    }

    private static void send(HttpServerResponse response, JsonObject order) {
        if (!response.ended() && !response.closed()) response.write("event: order\ndata: " + order.encode() + "\n\n");
    }
}
