package pizzeria.http;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Reads request bodies, answering 400 with a clear message when they are not what the route needs. */
final class Bodies {
    private Bodies() { }

    /** The JSON object body, or null after answering 400. */
    static JsonObject json(RoutingContext ctx) {
        try {
            JsonObject o = ctx.body().asJsonObject();
            if (o != null) return o;
        } catch (DecodeException | ClassCastException e) {
            // fall through to the error below
        }
        Json.error(ctx, 400, "the body must be a JSON object");
        return null;
    }
}
