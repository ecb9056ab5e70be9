package pizzeria.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import pizzeria.tenant.Tenant;

/** A tenant's registered webhooks and what was sent to each. */
public final class WebhookStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final Pool pool;

    public WebhookStore(Database database) {
        this.database = database;
        this.pool = database.pool();
    }

    /** Registers a URL with a new secret; the answer is the only place that secret is ever shown. */
    public Future<JsonObject> add(String tenantId, String url) {
        String id = "wh_" + com.github.f4b6a3.ulid.UlidCreator.getMonotonicUlid().toString();
        // 32 random bytes: Standard Webhooks asks for 24 to 64; base64 after "whsec_" as its libraries expect.
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        String schema = Tenant.schemaOf(tenantId);
        return database.schemaReady(tenantId).compose(v -> pool.preparedQuery("INSERT INTO " + schema + ".webhooks (id, url, secret)"
                        + " VALUES ($1, $2, $3) RETURNING created").execute(Tuple.of(id, url, secret)))
                .map(rows -> new JsonObject().put("id", id).put("url", url).put("secret", secret)
                        .put("created", rows.iterator().next().getOffsetDateTime(0).toInstant().toString()));
    }

    /** The tenant's webhooks, oldest first, without their secrets. */
    public Future<List<JsonObject>> list(String tenantId) {
        String schema = Tenant.schemaOf(tenantId);
        return database.schemaReady(tenantId).compose(v -> pool.query("SELECT id, url, created FROM " + schema
                        + ".webhooks ORDER BY created, id").execute())
                .map(rows -> {
                    List<JsonObject> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(new JsonObject().put("id", r.getString(0)).put("url", r.getString(1))
                                .put("created", r.getOffsetDateTime(2).toInstant().toString()));
                    }
                    return out;
                });
    }

    /** Removes a webhook and whatever was still to be sent to it; false when there was none by that id. */
    public Future<Boolean> remove(String tenantId, String webhookId) {
        String schema = Tenant.schemaOf(tenantId);
        return database.schemaReady(tenantId).compose(v -> pool.preparedQuery("DELETE FROM " + schema + ".webhooks WHERE id = $1")
                .execute(Tuple.of(webhookId))).map(rows -> rows.rowCount() > 0);
    }

    /** Every attempt at sending to one webhook, oldest first; empty when the tenant has no such webhook. */
    public Future<Optional<List<JsonObject>>> deliveries(String tenantId, String webhookId) {
        String schema = Tenant.schemaOf(tenantId);
        return database.schemaReady(tenantId).compose(v -> pool.preparedQuery("SELECT EXISTS (SELECT 1 FROM " + schema + ".webhooks WHERE id = $1)")
                        .execute(Tuple.of(webhookId)))
                .compose(exists -> !exists.iterator().next().getBoolean(0) ? Future.succeededFuture(Optional.<List<JsonObject>>empty())
                        : pool.preparedQuery("SELECT d.message_id, (o.body::jsonb)->>'type', d.attempt, d.status_code, d.error, d.at, o.state"
                                        + " FROM " + schema + ".deliveries d JOIN " + schema + ".outbox o ON o.id = d.message_id"
                                        + " WHERE o.webhook_id = $1 ORDER BY d.at, d.message_id, d.attempt")
                                .execute(Tuple.of(webhookId)).map(rows -> {
                                    List<JsonObject> out = new ArrayList<>();
                                    for (Row r : rows) {
                                        out.add(new JsonObject().put("webhookId", r.getString(0)).put("type", r.getString(1))
                                                .put("attempt", r.getInteger(2)).put("statusCode", r.getInteger(3))
                                                .put("error", r.getString(4)).put("at", r.getOffsetDateTime(5).toInstant().toString())
                                                .put("state", r.getString(6)));
                                    }
                                    return Optional.of(out);
                                }));
    }
}
