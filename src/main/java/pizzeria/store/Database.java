package pizzeria.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import pizzeria.tenant.Tenant;

/** The PostgreSQL pool shared by every tenant, and the migrations of the shared and tenant schemas. */
public final class Database {
    private final Pool pool;
    private final Migrations tenant;

    private Database(Pool pool, Migrations tenant) {
        this.pool = pool;
        this.tenant = tenant;
    }

    public static Future<Database> connect(Vertx vertx, String url) {
        return vertx.executeBlocking(() -> new Migrations[]{Migrations.load("db/shared"), Migrations.load("db/tenant")}, false)
                .compose(m -> {
                    Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(16)).connectingTo(url).using(vertx).build();
                    Database db = new Database(pool, m[1]);
                    return m[0].apply(pool, "gateway").map(db);
                });
    }

    public Pool pool() {
        return pool;
    }

    /** Creates a tenant's schema, or brings it up to the latest migration. */
    public Future<Void> migrateTenant(String tenantId) {
        return tenant.apply(pool, Tenant.schemaOf(tenantId));
    }

    /** Upgrades every tenant schema ever created. */
    public Future<Void> migrateAllTenants() {
        return pool.query("SELECT id FROM gateway.tenants").execute().compose(rows -> {
            Future<Void> chain = Future.succeededFuture();
            for (Row r : rows) chain = chain.compose(v -> migrateTenant(r.getString(0)));
            return chain;
        });
    }

    public Future<Boolean> ping() {
        return pool.query("SELECT 1").execute().map(r -> true).otherwise(false);
    }

    public Future<Void> close() {
        return pool.close();
    }
}
