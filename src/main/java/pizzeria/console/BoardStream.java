package pizzeria.console;

import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import pizzeria.http.AdminApi;
import pizzeria.tenant.Tenant;

/**
 * The board's live feed, for EventSource (which cannot send a bearer header, so the session cookie is the
 * credential): each order placed or changed on the tenant's event-bus address goes out as {@code event: card}
 * with the order's id, status and its card already rendered (escaped) for this session. It ends when the
 * session does.
 */
final class BoardStream {
    private static final long HEARTBEAT_MS = 15_000;

    private BoardStream() { }

    static void open(RoutingContext ctx, Tenant tenant, Sessions.Session session, Sessions sessions) {
        HttpServerResponse response = ctx.response().setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-cache").putHeader("X-Accel-Buffering", "no");
        MessageConsumer<JsonObject> consumer = ctx.vertx().eventBus().consumer(AdminApi.ordersAddress(tenant.id()), m -> {
            if (sessions.find(session.id()).isEmpty()) { end(response); return; }
            JsonObject order = m.body();
            JsonObject event = new JsonObject().put("orderId", order.getString("orderId")).put("status", order.getString("status"))
                    .put("html", OrderCard.render(tenant.id(), order, session.csrf(), tenant.timezone()));
            if (!response.ended() && !response.closed()) response.write("event: card\ndata: " + event.encode() + "\n\n");
        });
        // said once the subscription is in place: a client that has read it misses no order after it
        response.write(": connected\n\n");
        long heartbeat = ctx.vertx().setPeriodic(HEARTBEAT_MS, id -> {
            if (sessions.find(session.id()).isEmpty()) end(response);
            else if (!response.ended() && !response.closed()) response.write(": keep-alive\n\n");
        });
        response.closeHandler(v -> {
            consumer.unregister();
            ctx.vertx().cancelTimer(heartbeat);
        });
        response.endHandler(v -> {
            consumer.unregister();
            ctx.vertx().cancelTimer(heartbeat);
        });
    }

    private static void end(HttpServerResponse response) {
        if (!response.ended() && !response.closed()) response.end();
    }
}
