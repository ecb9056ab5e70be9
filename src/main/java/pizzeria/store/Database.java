package pizzeria.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import pizzeria.tenant.Tenant;

/**
 * The PostgreSQL pool shared by every tenant, and the migrations of the shared and tenant schemas.
 * A tenant's schema is made ready once per process and everything that touches it waits for that; at a
 * start with many new tenants the schemas are created behind the scenes, so the gateway serves at once.
 */
public final class Database {
    private final PgConnectOptions options;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Database.class.getName());
    private final Pool pool;
    private final Migrations tenant;
    private final Map<String, Future<Void>> schemas = new ConcurrentHashMap<>();
    private final SchemaQueue background;

    /** How long a write waits for a free connection before it fails (and is kept to be tried again). */
    private static final int ACQUIRE_MILLIS = 5000;

    private final Vertx vertx;
    /** The health probe in flight, if any: one at a time, so a frozen server holds one socket, not one per probe. */
    private Future<Boolean> probing;
    private io.vertx.pgclient.PgConnection probeConnection;

    private Database(Vertx vertx, Pool pool, Migrations tenant, PgConnectOptions options) {
        this.vertx = vertx;
        this.pool = pool;
        this.options = options;
        this.tenant = tenant;
        this.background = new SchemaQueue(id -> schemaReady(id)
                .onFailure(e -> LOG.warning("schema of tenant " + id + " not ready: " + e.getMessage())));
    }

    public static Future<Database> connect(Vertx vertx, String url) {
        return vertx.executeBlocking(() -> new Migrations[]{Migrations.load("db/shared"), Migrations.load("db/tenant")}, false)
                .compose(m -> {
                    // Statements cached per connection: parsed and planned once, not on every use (a first
                    // start with 10,000 tenants went from 26 to 21 s on this alone).
                    PgConnectOptions options = PgConnectOptions.fromUri(url).setCachePreparedStatements(true);
                    // A frozen server must not hold a caller or a write for ever: waiting for a connection is bounded.
                    Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(16).setConnectionTimeout(ACQUIRE_MILLIS)
                            .setConnectionTimeoutUnit(java.util.concurrent.TimeUnit.MILLISECONDS)).connectingTo(options).using(vertx).build();
                    Database db = new Database(vertx, pool, m[1], options);
                    return m[0].apply(pool, "gateway").map(db);
                });
    }

    /** Where the database is, for a connection of its own (the outbox's LISTEN). */
    PgConnectOptions connectOptions() {
        return new PgConnectOptions(options);
    }

    public Pool pool() {
        return pool;
    }

    /** The tenant's schema created or brought up to the latest migration, once per process; a failure is tried again next time. */
    public Future<Void> schemaReady(String tenantId) {
        return schemas.compute(tenantId, (id, known) -> known != null && !known.failed() ? known : tenant.apply(pool, Tenant.schemaOf(id)));
    }

    /** Makes the schema ready behind the scenes, one tenant after another, unless something needs it sooner. */
    public void prepareSchema(String tenantId) {
        background.add(tenantId);
    }

    /** Schemas not begun yet wait for {@link #startPreparingSchemas()} (a start holds them while it loads its tenants). */
    public void holdSchemas() {
        background.pause();
    }

    /** Lets the schemas asked for so far, and later ones, be made behind the scenes (after a start has loaded its tenants). */
    public void startPreparingSchemas() {
        background.resume();
    }

    /** Every schema asked for so far is ready (or failed): for logs and benchmarks. */
    public Future<Void> schemasSettled() {
        return background.drained();
    }

    /** Schemas still to be made ready behind the scenes. */
    public int schemasPending() {
        return background.pending();
    }

    public Future<Boolean> ping() {
        return pool.query("SELECT 1").execute().map(r -> true).otherwise(false);
    }

    /**
     * Whether the server answers {@code SELECT 1} within {@code millis}, on a connection of the probe's own: the
     * pool's connections may all be held by a frozen server, and the probe must not wait behind them. One probe
     * at a time (a probe still unanswered from before is the one waited for); a probe that fails or is late
     * closes its connection, so the next one connects afresh.
     */
    public Future<Boolean> reachable(long millis) {
        Future<Boolean> probe;
        synchronized (this) {
            if (probing == null) {
                Future<io.vertx.pgclient.PgConnection> conn = probeConnection != null ? Future.succeededFuture(probeConnection)
                        : io.vertx.pgclient.PgConnection.connect(vertx, new PgConnectOptions(options).setReconnectAttempts(0));
                Future<Boolean> mine = conn.compose(c -> {
                    synchronized (this) { probeConnection = c; }
                    return c.query("SELECT 1").execute().map(rows -> true);
                });
                probing = mine;
                probe = mine;
                // A connect refused at once completes here and now, clearing probing: probe is taken first.
                mine.onComplete(r -> {
                    synchronized (this) { if (probing == mine) probing = null; }
                    if (r.failed()) dropProbeConnection();
                });
            } else {
                probe = probing;
            }
        }
        return probe.timeout(millis, java.util.concurrent.TimeUnit.MILLISECONDS).recover(late -> {
            dropProbeConnection();
            return Future.succeededFuture(false);
        });
    }

    private void dropProbeConnection() {
        io.vertx.pgclient.PgConnection c;
        synchronized (this) {
            c = probeConnection;
            probeConnection = null;
        }
        if (c != null) c.close();
    }

    public Future<Void> close() {
        dropProbeConnection();
        return pool.close();
    }
}
