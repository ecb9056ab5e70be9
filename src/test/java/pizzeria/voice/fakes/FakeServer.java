package pizzeria.voice.fakes;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake provider's WebSocket server, one instance per event loop on one random port, so that under a
 * thousand calls the fake itself is not the single thread everything waits on.
 */
final class FakeServer {
    /** Vert.x shares one random port among servers listening on the same negative number: one number per fake. */
    private static final AtomicInteger SHARED_PORT_KEYS = new AtomicInteger(-100);

    private FakeServer() { }

    /** Listens on loopback; the future gives the port. */
    static Future<Integer> listen(Vertx vertx, Handler<ServerWebSocket> handler) {
        AtomicInteger port = new AtomicInteger();
        int key = SHARED_PORT_KEYS.decrementAndGet();
        return vertx.deployVerticle(() -> new VerticleBase() {
            @Override
            public Future<?> start() {
                return vertx.createHttpServer().webSocketHandler(handler).listen(key, "127.0.0.1").onSuccess(s -> port.set(s.actualPort()));
            }
        }, new DeploymentOptions().setInstances(Math.max(1, Runtime.getRuntime().availableProcessors()))).map(id -> port.get());
    }
}
