package pizzeria.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import pizzeria.ops.Metrics;
import pizzeria.store.Database;
import pizzeria.tenancy.TenantRegistry;

/** Health and metrics for whoever runs the gateway. */
public final class OpsRoutes {
    private final Database database;
    private final TenantRegistry registry;
    private final Metrics metrics;
    private final java.util.function.IntSupplier versionsPending;
    /** The database's answer is waited for this long: a load balancer must hear something within a second. */
    static final long PROBE_MILLIS = 800;
    private java.util.function.BooleanSupplier draining = () -> false;

    /** @param versionsPending tenant versions live but not yet recorded (a start records them once all are live) */
    public OpsRoutes(Database database, TenantRegistry registry, Metrics metrics, java.util.function.IntSupplier versionsPending) {
        this.versionsPending = versionsPending;
        this.database = database;
        this.registry = registry;
        this.metrics = metrics;
    }

    /** While this holds (a shutdown) /health answers 503 {@code {"status": "draining"}} at once. */
    public OpsRoutes drainingWhen(java.util.function.BooleanSupplier draining) {
        this.draining = draining;
        return this;
    }

    public void mount(Router router) {
        router.get("/health").handler(ctx -> {
            if (draining.getAsBoolean()) Json.send(ctx, 503, new JsonObject().put("status", "draining"));
            else health(ctx);
        });
        router.get("/metrics").handler(ctx -> ctx.response()
                .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(metrics.scrape()));
    }

    private void health(io.vertx.ext.web.RoutingContext ctx) {
        database.reachable(PROBE_MILLIS).onComplete(r -> {
            boolean db = r.succeeded() && Boolean.TRUE.equals(r.result());
            int tenants = registry.size();
            boolean ok = db && tenants > 0;
            Json.send(ctx, ok ? 200 : 503, new JsonObject().put("database", db).put("tenants", tenants)
                    .put("schemasPending", database.schemasPending()).put("versionsPending", versionsPending.getAsInt()).put("status", ok ? "ok" : "unavailable"));
        });
    }
}
