package pizzeria.tenancy;

import pizzeria.tenant.Sha256;
import pizzeria.tenant.Tenant;
import pizzeria.tenant.TenantParser;
import pizzeria.tenant.ConfigError;

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
import pizzeria.store.NumberTaken;
import pizzeria.store.TenantStore;

/**
 * Brings a tenant version live: validate, check its numbers against other tenants, record the version,
 * create or upgrade its schema, then swap it into the registry. Until the swap, the old version serves.
 */
public final class Onboarding {
    /** Either the tenant now live, or why not; {@code taken} when the reason is a number another tenant has. */
    public record Outcome(Tenant tenant, List<ConfigError> errors, NumberTaken taken) {
        public Outcome(Tenant tenant, List<ConfigError> errors) {
            this(tenant, errors, null);
        }

        public boolean ok() { return tenant != null; }

        static Outcome taken(NumberTaken taken, int line) {
            return new Outcome(null, List.of(new ConfigError("phone_numbers", line, taken.getMessage())), taken);
        }
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
    /** Uploads parse on a thread of their own, so a folder full of changed files never keeps an uploader waiting. */
    private final WorkerExecutor uploads;
    private final VersionRecording recording;

    public Onboarding(Vertx vertx, TenantParser parser, TenantRegistry registry, TenantStore store, Database database,
                      Path folder) {
        this.vertx = vertx;
        this.parser = parser;
        this.registry = registry;
        this.store = store;
        this.database = database;
        this.folder = folder;
        this.recording = new VersionRecording(registry);
        this.parsing = vertx.createSharedWorkerExecutor("tenant-parsing", Runtime.getRuntime().availableProcessors());
        this.uploads = vertx.createSharedWorkerExecutor("tenant-uploads", 1);
    }

    /** What differs between an upload, a file found in the folder and a start: how a checked tenant is recorded and goes live. */
    @FunctionalInterface
    private interface GoingLive {
        Future<Tenant> of(Tenant checked, String yaml, String sha);
    }

    /**
     * An upload through the admin API: its version is recorded and its schema ready before it goes live, so
     * the uploader hears of a database problem.
     * @param expectedId the id the upload was addressed to
     */
    /** Tenants disabled through the API while this gateway runs: the folder does not enable them again. */
    private final java.util.Set<String> disabled = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Future<Outcome> upload(String yaml, String expectedId) {
        return onboard(uploads, yaml, expectedId, this::versionAndSchemaFirst);
    }

    /** A file new or changed in the folder while serving: recorded, then live; its schema is made behind the scenes and its first use waits for it. */
    public Future<Outcome> found(String yaml) {
        return onboard(parsing, yaml, null, this::versionFirst);
    }

    /** A file loaded by a start ({@link StartUp#onboard}): live at once; its version and schema wait for the start's end. */
    Future<Outcome> duringStart(StartUp start, String yaml) {
        return onboard(parsing, yaml, null, (tenant, text, sha) -> liveAtOnce(tenant, text, sha, start));
    }

    private Future<Outcome> onboard(WorkerExecutor on, String yaml, String expectedId, GoingLive goingLive) {
        return on.executeBlocking(() -> parser.parse(yaml), false).compose(parsed -> {
            if (!parsed.ok()) return Future.succeededFuture(new Outcome(null, parsed.errors()));
            Tenant tenant = parsed.tenant();
            // A folder scan that read the file just before a DELETE moved it away must not bring the tenant back.
            if (expectedId == null && disabled.contains(tenant.id())) {
                return Future.succeededFuture(new Outcome(null, List.of(new ConfigError("id", parsed.lineOf("id"),
                        "tenant '" + tenant.id() + "' was disabled; upload it again to enable it"))));
            }
            if (expectedId != null) disabled.remove(expectedId);
            if (expectedId != null && !expectedId.equals(tenant.id())) {
                return Future.succeededFuture(new Outcome(null, List.of(new ConfigError("id", parsed.lineOf("id"),
                        "the file's id '" + tenant.id() + "' differs from the address's '" + expectedId + "'"))));
            }
            // Numbers this gateway already routes to another tenant are refused at once; the database decides the rest.
            var taken = registry.taken(tenant).entrySet().stream().findFirst();
            if (taken.isPresent()) {
                return Future.succeededFuture(Outcome.taken(new NumberTaken(taken.get().getKey(), taken.get().getValue()),
                        parsed.lineOf("phone_numbers")));
            }
            return goingLive.of(tenant, yaml, Sha256.of(yaml)).map(live -> new Outcome(live, List.of()))
                    .recover(e -> e instanceof NumberTaken t ? Future.succeededFuture(Outcome.taken(t, parsed.lineOf("phone_numbers")))
                            : Future.failedFuture(e));
        });
    }

    private Future<Tenant> versionAndSchemaFirst(Tenant tenant, String yaml, String sha) {
        return saveUnlessDisabled(tenant, yaml, sha)
                .compose(version -> database.schemaReady(tenant.id()).map(version))
                .map(version -> goLiveAsRecorded(tenant, version));
    }

    /**
     * The version recorded, unless the tenant was disabled while a folder scan was reading it: then nothing is recorded,
     * and a disable that landed while this version was being written is written again after it.
     */
    private Future<Integer> saveUnlessDisabled(Tenant tenant, String yaml, String sha) {
        if (disabled.contains(tenant.id())) {
            return Future.failedFuture(new IllegalStateException("tenant '" + tenant.id() + "' was disabled while its file was read"));
        }
        return store.saveVersion(tenant.id(), yaml, sha, tenant.phoneNumbers())
                .compose(version -> disabled.contains(tenant.id()) ? store.disable(tenant.id()).map(version) : Future.succeededFuture(version));
    }

    private Future<Tenant> versionFirst(Tenant tenant, String yaml, String sha) {
        return saveUnlessDisabled(tenant, yaml, sha).map(version -> {
            database.prepareSchema(tenant.id());
            return goLiveAsRecorded(tenant, version);
        });
    }

    /** Recorded first, numbers and all: routing follows what the database decided. */
    private Tenant goLiveAsRecorded(Tenant parsed, int version) {
        Tenant live = parsed.withVersion(version);
        // A folder scan that read the file just before the tenant was disabled is still recording it: it does not route
        // the tenant again (an upload clears the mark before it starts)
        if (!disabled.contains(parsed.id())) registry.putRecorded(live);
        return live;
    }

    /** A tenant whose file is gone: no longer routed, and its numbers free in the database too. */
    public Future<Void> removed(String id) {
        registry.remove(id);
        return recorded(id).compose(v -> store.releaseNumbers(id));
    }

    /** Unchanged since the last run: nothing to write. New or changed: written once the start ends (the writer checks again). */
    private Future<Tenant> liveAtOnce(Tenant tenant, String yaml, String sha, StartUp start) {
        database.prepareSchema(tenant.id());
        Tenant live = goLive(tenant, start.newest().expectedVersion(tenant.id(), sha));
        if (!start.newest().isNewest(tenant.id(), sha)) {
            recording.track(live, start.afterEnd(() -> store.writeVersion(tenant.id(), yaml, sha, tenant.phoneNumbers())));
        }
        return Future.succeededFuture(live);
    }

    private Tenant goLive(Tenant parsed, int version) {
        Tenant live = parsed.withVersion(version);
        if (!disabled.contains(parsed.id())) registry.put(live);
        return live;
    }

    /** Completes once the tenant's live version is in the database (a start writes them behind the scenes). */
    public Future<Void> recorded(String tenantId) {
        return recording.recorded(tenantId);
    }

    /** Completes once every live version is in the database; how many are still being written: {@link #versionsPending()}. */
    public Future<Void> allRecorded() {
        return recording.allRecorded();
    }

    public int versionsPending() {
        return recording.pending();
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
        disabled.add(id);
        registry.remove(id);
        Path file = folder.resolve(id + ".yaml");
        // A version still being recorded would enable the tenant again: it goes first.
        return recorded(id).compose(v -> {
                    registry.remove(id);   // again, once whatever was still going live has gone live
                    return store.disable(id);
                })
                .compose(v -> vertx.fileSystem().exists(file.toString())).compose(exists -> exists
                ? vertx.fileSystem().move(file.toString(), file + ".disabled",
                        new io.vertx.core.file.CopyOptions().setReplaceExisting(true))
                : Future.succeededFuture());
    }
}
