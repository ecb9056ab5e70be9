package pizzeria.voice;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;

/**
 * The WebSocket client every call's provider streams share. Each call holds one stream per provider for its
 * whole length, so the per-host limit must be far above the calls a box carries: Vert.x's default (50) would
 * make the 51st concurrent caller wait, unheard, until another call ends.
 */
public final class ProviderSockets {
    public static final int MAX_STREAMS_PER_PROVIDER = 100_000;

    private ProviderSockets() { }

    public static WebSocketClient client(Vertx vertx) {
        return vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(MAX_STREAMS_PER_PROVIDER));
    }
}
