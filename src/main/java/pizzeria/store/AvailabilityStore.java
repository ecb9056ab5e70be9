package pizzeria.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import pizzeria.order.Availability;

/**
 * What each restaurant is out of, in the shared schema, and in memory for the calls that ask at every turn: a
 * change is written first, then takes effect here, at once for calls in progress.
 */
public final class AvailabilityStore {
    private final Pool pool;
    private final Map<String, Availability> now = new ConcurrentHashMap<>();

    public AvailabilityStore(Database database) {
        this.pool = database.pool();
    }

    /** Reads every tenant's list once at start. */
    public Future<Void> load() {
        return pool.query("SELECT tenant_id, unavailable, until FROM gateway.availability").execute().map(rows -> {
            for (Row r : rows) now.put(r.getString(0), of(r));
            return null;
        });
    }

    /** What the tenant is out of at this moment (nothing once its time has passed). */
    public Availability current(String tenantId, Instant at) {
        return now.getOrDefault(tenantId, Availability.NONE).at(at);
    }

    public Future<Void> set(String tenantId, Availability availability) {
        OffsetDateTime until = availability.until() == null ? null : availability.until().atOffset(ZoneOffset.UTC);
        return pool.preparedQuery("INSERT INTO gateway.availability (tenant_id, unavailable, until) VALUES ($1, $2, $3)"
                        + " ON CONFLICT (tenant_id) DO UPDATE SET unavailable = $2, until = $3, updated_at = now()")
                .execute(Tuple.of(tenantId, new JsonArray(availability.asList()), until))
                .map(rows -> {
                    now.put(tenantId, availability);
                    return null;
                });
    }

    private static Availability of(Row r) {
        List<String> list = r.getJsonArray(1).stream().map(String::valueOf).toList();
        OffsetDateTime until = r.getOffsetDateTime(2);
        return Availability.of(list, until == null ? null : until.toInstant());
    }
}
