package pizzeria.http;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The router's own errors (no such route, wrong method, a body over the limit, a handler that failed) answer
 * JSON {@code {"error": "..."}} as every route does, not Vert.x's plain-text pages.
 */
public final class ErrorBodies {
    private static final Logger LOG = Logger.getLogger(ErrorBodies.class.getName());
    private static final List<Integer> CODES = List.of(400, 401, 403, 404, 405, 406, 413, 414, 415, 429, 431, 500, 501, 502, 503);

    private ErrorBodies() { }

    public static void mount(Router router) {
        for (int code : CODES) router.errorHandler(code, ErrorBodies::answer);
    }

    private static void answer(RoutingContext ctx) {
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (status >= 500 && ctx.failure() != null) {
            LOG.log(Level.WARNING, ctx.request().method() + " " + ctx.request().path() + " failed", ctx.failure());
        }
        if (ctx.response().headWritten()) {
            if (!ctx.response().ended()) ctx.response().reset();
            return;
        }
        Json.error(ctx, status, message(status));
    }

    private static String message(int status) {
        return switch (status) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed here";
            case 413 -> "the request body is too large";
            case 500 -> "internal error";
            default -> HttpResponseStatus.valueOf(status).reasonPhrase().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
