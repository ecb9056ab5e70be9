package pizzeria.tenant;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import pizzeria.store.Database;
import pizzeria.store.TenantStore;

/**
 * Brings a tenant version live: validate, check its numbers against other tenants, record the version,
 * create or upgrade its schema, then swap it into the registry. Until the swap, the old version serves.
 */
public final class Onboarding {
    /** Either the tenant now live, or why not. */
    public record Outcome(Tenant tenant, List<ConfigError> errors) {
        public boolean ok() { return tenant != null; }
    }

    private final Vertx vertx;
    private final TenantParser parser;
    private final TenantRegistry registry;
    private final TenantStore store;
    private final Database database;
    private final Path folder;
    /** Parsing is pure CPU: one thread a core. On the shared 20-thread worker pool, two cores parsing ten
     *  thousand files at once took a third longer than two threads did (more garbage in flight, more switching). */
    private final WorkerExecutor parsing;

    public Onboarding(Vertx vertx, TenantParser parser, TenantRegistry registry, TenantStore store, Database database,
                      Path folder) {
        this.vertx = vertx;
        this.parser = parser;
        this.registry = registry;
        this.store = store;
        this.database = database;
        this.folder = folder;
        this.parsing = vertx.createSharedWorkerExecutor("tenant-parsing", Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param expectedId the id the upload was addressed to, or null to take the file's own
     * @param schemaFirst wait for the tenant's schema before it goes live (an upload, which should hear of a
     *                    database problem); otherwise the schema is made behind the scenes and the tenant's
     *                    first use waits for it (a start with thousands of new tenants serves at once)
     */
    public Future<Outcome> onboard(String yaml, String expectedId, boolean schemaFirst) {
        return parsing.executeBlocking(() -> parser.parse(yaml), false).compose(parsed -> {
            if (!parsed.ok()) return Future.succeededFuture(new Outcome(null, parsed.errors()));
            Tenant tenant = parsed.tenant();
            if (expectedId != null && !expectedId.equals(tenant.id())) {
                return Future.succeededFuture(new Outcome(null, List.of(new ConfigError("id", parsed.lineOf("id"),
                        "the file's id '" + tenant.id() + "' differs from the address's '" + expectedId + "'"))));
            }
            List<String> conflicts = registry.conflicts(tenant);
            if (!conflicts.isEmpty()) {
                return Future.succeededFuture(new Outcome(null, conflicts.stream()
                        .map(c -> new ConfigError("phone_numbers", parsed.lineOf("phone_numbers"), c)).toList()));
            }
            return store.saveVersion(tenant.id(), yaml, sha256(yaml), tenant.phoneNumbers())
                    .compose(version -> schema(tenant.id(), schemaFirst).map(version))
                    .map(version -> {
                        Tenant live = tenant.withVersion(version);
                        registry.put(live);
                        return new Outcome(live, List.of());
                    });
        });
    }

    private Future<Void> schema(String tenantId, boolean first) {
        if (first) return database.schemaReady(tenantId);
        database.prepareSchema(tenantId);
        return Future.succeededFuture();
    }

    /** Keeps an uploaded version in the tenants folder so a restart serves it too. */
    public Future<Void> keepFile(String id, String yaml) {
        Path file = folder.resolve(id + ".yaml");
        Path tmp = folder.resolve("." + id + ".yaml.tmp");
        return vertx.fileSystem().mkdirs(folder.toString())
                .compose(v -> vertx.fileSystem().writeFile(tmp.toString(), Buffer.buffer(yaml)))
                .compose(v -> vertx.fileSystem().move(tmp.toString(), file.toString(),
                        new io.vertx.core.file.CopyOptions().setReplaceExisting(true).setAtomicMove(true)));
    }

    /** Stops routing to a tenant; its data stays. Its file is set aside so a restart does not revive it. */
    public Future<Void> disable(String id) {
        registry.remove(id);
        Path file = folder.resolve(id + ".yaml");
        return store.disable(id).compose(v -> vertx.fileSystem().exists(file.toString())).compose(exists -> exists
                ? vertx.fileSystem().move(file.toString(), file + ".disabled",
                        new io.vertx.core.file.CopyOptions().setReplaceExisting(true))
                : Future.succeededFuture());
    }

    /** Hex SHA-256 of a text: how tenant versions and owner tokens are told apart. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
