package pizzeria.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

/**
 * One HTTP server on its own event loop. Deployed once per core on one port, Vert.x spreads the incoming
 * connections, and so the phone calls they carry, over every loop; a single server would run every call on
 * one core.
 */
public final class ServerVerticle extends VerticleBase {
    private final Handler<HttpServerRequest> handler;
    private final int port;
    private HttpServer server;

    public ServerVerticle(Handler<HttpServerRequest> handler, int port) {
        this.handler = handler;
        this.port = port;
    }

    @Override
    public Future<?> start() {
        // A menu uploaded from the console's form is one form field of up to the body limit, not Netty's 8 KB; and a
        // JSON body labelled as a form (curl -d does that) with a word over 1 KB is decoded, not refused with a 400.
        var options = new io.vertx.core.http.HttpServerOptions().setMaxFormAttributeSize(pizzeria.tenancy.TenantFolder.MAX_FILE_BYTES)
                .setMaxFormBufferedBytes(pizzeria.tenancy.TenantFolder.MAX_FILE_BYTES);
        return vertx.createHttpServer(options).requestHandler(handler).listen(port).onSuccess(s -> server = s)
                .recover(e -> Future.failedFuture(new java.io.IOException("port " + port + " (PORT) cannot be listened on: "
                        + e.getMessage() + "; is another gateway running? Stop it, or set PORT to a free port", e)));
    }

    /**
     * Stops taking connections and lets the requests in flight be answered (up to a second) before closing: at a
     * drain's end the last text call's "your order is in" is written in the same moment as its record, and closing
     * at once could cut that answer off.
     */
    @Override
    public Future<?> stop() {
        return server == null ? Future.succeededFuture() : server.shutdown(1, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** The port it listens on (the one chosen by the system when asked for port 0). */
    public int port() {
        return server.actualPort();
    }
}
