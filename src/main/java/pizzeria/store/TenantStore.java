package pizzeria.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import pizzeria.tenant.Sha256;

/** The shared schema: tenants, their versions, their numbers and their owners' tokens. */
public final class TenantStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Pool pool;
    private final VersionWriter versions;

    public TenantStore(Pool pool) {
        this.pool = pool;
        this.versions = new VersionWriter(pool);
    }

    /** Every tenant's newest version, read at once (what a start checks its files against). */
    public Future<NewestVersions> newestVersions() {
        return NewestVersions.read(pool);
    }

    /**
     * Records a version (the same text twice is one version) and the numbers it answers; returns its number.
     * Fails with {@link NumberTaken} when the database gives one of the numbers to another tenant.
     */
    public Future<Integer> saveVersion(String tenantId, String yaml, String sha256, List<String> phoneNumbers) {
        // Nothing to write only when the newest version has this text and the tenant holds exactly its numbers.
        String[] sorted = phoneNumbers.stream().sorted(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).toArray(String[]::new);
        return pool.preparedQuery("SELECT v.version FROM gateway.tenant_versions v JOIN gateway.tenants t ON t.id = v.tenant_id"
                        + " WHERE v.tenant_id = $1 AND t.enabled AND v.sha256 = $2"
                        + " AND v.version = (SELECT max(version) FROM gateway.tenant_versions WHERE tenant_id = $1)"
                        + " AND (SELECT coalesce(array_agg(number ORDER BY number COLLATE \"C\"), '{}') FROM gateway.phone_numbers WHERE tenant_id = $1) = $3::text[]")
                .execute(Tuple.tuple().addString(tenantId).addString(sha256).addArrayOfString(sorted))
                .compose(rows -> rows.iterator().hasNext() ? Future.succeededFuture(rows.iterator().next().getInteger(0))
                        : versions.write(tenantId, yaml, sha256, phoneNumbers));
    }

    /**
     * Records a version without asking first whether it is the newest (a start knows from {@link NewestVersions}
     * that it is new or changed); the writer checks again in its transaction, so the same text is still one version.
     */
    public Future<Integer> writeVersion(String tenantId, String yaml, String sha256, List<String> phoneNumbers) {
        return versions.write(tenantId, yaml, sha256, phoneNumbers);
    }

    /** The text of one version, exactly as it was uploaded; the live tenants do not keep theirs in memory. */
    public Future<Optional<String>> yaml(String tenantId, int version) {
        return pool.preparedQuery("SELECT yaml FROM gateway.tenant_versions WHERE tenant_id = $1 AND version = $2")
                .execute(Tuple.of(tenantId, version))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(rows.iterator().next().getString(0)) : Optional.empty());
    }

    /** Whether the tenant was ever onboarded (enabled or not). */
    public Future<Boolean> exists(String tenantId) {
        return pool.preparedQuery("SELECT 1 FROM gateway.tenants WHERE id = $1").execute(Tuple.of(tenantId))
                .map(rows -> rows.iterator().hasNext());
    }

    /** The tenant no longer answers its numbers (its file is gone): they are free for another tenant. */
    public Future<Void> releaseNumbers(String tenantId) {
        return pool.preparedQuery("DELETE FROM gateway.phone_numbers WHERE tenant_id = $1").execute(Tuple.of(tenantId)).mapEmpty();
    }

    public Future<Void> disable(String tenantId) {
        return pool.withTransaction(conn -> conn.preparedQuery("UPDATE gateway.tenants SET enabled = false WHERE id = $1")
                .execute(Tuple.of(tenantId))
                .compose(v -> conn.preparedQuery("DELETE FROM gateway.phone_numbers WHERE tenant_id = $1").execute(Tuple.of(tenantId)))
                .mapEmpty());
    }

    public Future<List<JsonObject>> list() {
        return pool.query("SELECT t.id, t.enabled, (SELECT max(version) FROM gateway.tenant_versions v WHERE v.tenant_id = t.id),"
                + " (SELECT coalesce(array_agg(number ORDER BY number), '{}') FROM gateway.phone_numbers p WHERE p.tenant_id = t.id)"
                + " FROM gateway.tenants t ORDER BY t.id").execute().map(rows -> {
                    List<JsonObject> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(new JsonObject().put("id", r.getString(0)).put("enabled", r.getBoolean(1))
                                .put("version", r.getInteger(2)).put("phoneNumbers", new JsonArray(List.of(r.getArrayOfStrings(3)))));
                    }
                    return out;
                });
    }

    /** A new owner token for one tenant; only its hash is kept, so a leaked database leaks no token. */
    public Future<String> createOwnerToken(String tenantId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return pool.preparedQuery("INSERT INTO gateway.owner_tokens (token_sha256, tenant_id) VALUES ($1, $2)")
                .execute(Tuple.of(Sha256.of(token), tenantId)).map(token);
    }

    public Future<Optional<String>> tenantOfToken(String token) {
        return pool.preparedQuery("SELECT o.tenant_id FROM gateway.owner_tokens o JOIN gateway.tenants t ON t.id = o.tenant_id"
                        + " WHERE o.token_sha256 = $1 AND t.enabled").execute(Tuple.of(Sha256.of(token)))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(rows.iterator().next().getString(0)) : Optional.empty());
    }
}
