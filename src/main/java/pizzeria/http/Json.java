package pizzeria.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import pizzeria.call.TurnResult;
import pizzeria.order.OrderView;

/** Small JSON replies shared by the routes. */
final class Json {
    private Json() { }

    static void send(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }

    static void error(RoutingContext ctx, int status, String message) {
        send(ctx, status, new JsonObject().put("error", message));
    }

    static JsonObject of(Map<String, Object> map) {
        return new JsonObject(map);
    }

    static JsonObject turn(TurnResult r) {
        JsonObject o = new JsonObject()
                .put("reply", r.reply())
                .put("phase", r.phase())
                .put("cart", of(OrderView.of(r.order(), r.bill())))
                .put("ended", r.ended())
                .put("orderId", r.orderId());
        if (r.transferTo() != null) o.put("transferTo", r.transferTo());
        return o;
    }

    static JsonArray array(Iterable<?> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }
}
