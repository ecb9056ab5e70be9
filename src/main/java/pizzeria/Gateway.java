package pizzeria;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import pizzeria.call.ActiveCalls;
import pizzeria.call.CallJournal;
import pizzeria.call.CallSession;
import pizzeria.call.CallStarter;
import pizzeria.http.AdminApi;
import pizzeria.http.OpsRoutes;
import pizzeria.http.TextChannel;
import pizzeria.http.WebhookRoutes;
import pizzeria.ops.Metrics;
import pizzeria.outbox.DeliveryWorker;
import pizzeria.store.Database;
import pizzeria.store.LocalPostgres;
import pizzeria.store.AvailabilityStore;
import pizzeria.store.OrderStore;
import pizzeria.store.RecordOutbox;
import pizzeria.store.Outbox;
import pizzeria.store.TenantStore;
import pizzeria.store.WebhookStore;
import pizzeria.tenancy.FolderChange;
import pizzeria.tenancy.Onboarding;
import pizzeria.tenancy.PluginJars;
import pizzeria.tenancy.StartUp;
import pizzeria.tenancy.TenantFolder;
import pizzeria.tenant.TenantParser;
import pizzeria.tenancy.TenantRegistry;
import pizzeria.understand.LocalUnderstander;

/** Wires the gateway: database, plugins, tenants, call handling and the HTTP routes. */
public final class Gateway {
    static final Duration ENDED_CALLS_KEPT = Duration.ofMinutes(10);
    /** How long Twilio gets to take the calls handed to staff at a drain's deadline. */
    private static final long HAND_OVER_MILLIS = 15_000;
    /** The least a stop waits for the calls' last records, even after the grace (they are short writes). */
    private static final long RECORDS_MILLIS = 5_000;
    private static final Logger LOG = Logger.getLogger(Gateway.class.getName());

    private final Vertx vertx;
    private final Settings settings;
    private final TenantRegistry registry = new TenantRegistry();
    private final Clock clock;
    private final ActiveCalls calls;
    private final Map<Path, String> tenantOfFile = new ConcurrentHashMap<>();
    private LocalPostgres localPostgres;
    private Database database;
    private Onboarding onboarding;
    private static final int ONBOARDING_WINDOW = 64;
    private final List<String> deployments = new java.util.concurrent.CopyOnWriteArrayList<>();
    private int port;
    private String deliveryWorker;
    private PhoneLine phoneLine;
    /** Call records the database did not take, kept until it does (also on disk, for the next start). */
    private RecordOutbox keptRecords;
    /** Set by a shutdown: /health says draining and new calls are refused, while calls in progress go on. */
    private volatile boolean draining;
    /** Set by a second signal: the drain's deadline is now. */
    private volatile boolean hurried;
    private Future<Void> stopped;
    /** The gateway's periodic timers (folder watch, idle calls, ended calls): a stop cancels them. */
    private final List<Long> timers = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Where the calls' understanding runs; closed by a stop. */
    private io.vertx.core.WorkerExecutor understandingWorkers;
    /** The model's client, when a model key is set; closed by a stop. */
    private pizzeria.llm.ChatCompletions model;

    private Gateway(Vertx vertx, Settings settings, Clock clock) {
        this.vertx = vertx;
        this.settings = settings;
        this.clock = clock;
        this.calls = new ActiveCalls(clock, settings.limits().maxCalls());
    }

    /** A start that fails half way closes what it had opened (pool, worker, provider clients, servers) before it fails. */
    public static Future<Gateway> start(Vertx vertx, Settings settings) {
        return start(vertx, settings, Clock.systemUTC());
    }

    /** @param clock the calls' clock (a test moves it to see an idle call end) */
    public static Future<Gateway> start(Vertx vertx, Settings settings, Clock clock) {
        Gateway g = new Gateway(vertx, settings, clock);
        return g.boot().map(g).recover(e -> g.stop(Duration.ZERO)
                // The embedded server this start launched goes too: nothing else may use it (its folder is locked).
                .transform(r -> vertx.executeBlocking(() -> {
                    g.stopLocalDatabase();
                    return null;
                }, false))
                .transform(r -> Future.<Gateway>failedFuture(e)));
    }

    private Future<Void> boot() {
        if (settings.adminToken() == null) LOG.warning("ADMIN_TOKEN is not set: the admin API refuses every request");
        return databaseUrl()
                .compose(url -> Database.connect(vertx, url))
                .compose(db -> {
                    database = db;
                    return vertx.executeBlocking(() -> PluginJars.load(settings.pluginsDir()), false);
                })
                .compose(plugins -> {
                    TenantStore tenants = new TenantStore(database.pool());
                    OrderStore orders = new OrderStore(database);
                    onboarding = new Onboarding(vertx, new TenantParser(plugins), registry, tenants, database,
                            settings.restaurantsDir());
                    AvailabilityStore soldOut = new AvailabilityStore(database);
                    return soldOut.load().compose(v -> loadFolder(tenants)).compose(v -> listen(tenants, orders, soldOut));
                });
    }

    private Future<String> databaseUrl() {
        if (settings.databaseUrl() != null) return Future.succeededFuture(settings.databaseUrl());
        localPostgres = LocalPostgres.at(settings.dataDir().resolve("postgres"), settings.embeddedDbPort());
        return vertx.executeBlocking(localPostgres::start, false).onSuccess(url -> localPostgres.supervise(Duration.ofSeconds(2)));
    }

    /** Loads every tenant file as one start, then keeps watching the folder; a bad file is reported and skipped. */
    private Future<Void> loadFolder(TenantStore tenants) {
        TenantFolder folder = new TenantFolder(settings.restaurantsDir());
        long started = System.nanoTime();
        return StartUp.begin(onboarding, tenants, database).compose(start -> vertx.executeBlocking(folder::scan, false)
                        .compose(changes -> apply(changes, start::onboard, false))
                        .onComplete(r -> start.end()))
                .onSuccess(v -> {
                    LOG.info(registry.size() + " tenants live from " + settings.restaurantsDir() + " in "
                            + (System.nanoTime() - started) / 1_000_000 + " ms; " + onboarding.versionsPending()
                            + " versions still being recorded");
                    onboarding.allRecorded().onComplete(r -> LOG.info("every tenant version recorded ("
                            + (System.nanoTime() - started) / 1_000_000 + " ms after the start began loading)"));
                    timers.add(folder.watch(vertx, settings.folderScanMillis(), changes -> apply(changes, onboarding::found, true)));
                    long live = System.nanoTime();
                    database.schemasSettled().onComplete(r -> LOG.info("every tenant schema ready ("
                            + (System.nanoTime() - live) / 1_000_000 + " ms after the tenants went live)"));
                });
    }

    /** Files are onboarded side by side, a window at a time: parsing on workers, storing over several
     *  connections. One at a time, ten thousand tenants took minutes to start. Each tenant that goes live is
     *  logged after the start (a start logs how many: ten thousand lines said nothing more). */
    private Future<Void> apply(List<FolderChange> changes, Function<String, Future<Onboarding.Outcome>> onboard, boolean logEach) {
        Future<Void> chain = Future.succeededFuture();
        for (int from = 0; from < changes.size(); from += ONBOARDING_WINDOW) {
            List<FolderChange> window = changes.subList(from, Math.min(changes.size(), from + ONBOARDING_WINDOW));
            chain = chain.compose(v -> Future.join(window.stream().map(c -> apply(c, onboard, logEach)).toList()).mapEmpty());
        }
        return chain;
    }

    private Future<Void> apply(FolderChange change, Function<String, Future<Onboarding.Outcome>> onboard, boolean logEach) {
        if (change.problem() != null) {
            LOG.warning(change.file() + ":" + change.problem().line() + ": " + change.problem().message()
                    + (tenantOfFile.containsKey(change.file()) ? "; the version live stays" : ""));
            return Future.succeededFuture();
        }
        if (change.deleted()) {
            String id = tenantOfFile.remove(change.file());
            if (id != null) {
                onboarding.removed(id).onFailure(e -> LOG.warning("the numbers of tenant " + id + " stay recorded: " + e.getMessage()));
                LOG.info("tenant " + id + " no longer served: " + change.file() + " is gone");
            }
            return Future.succeededFuture();
        }
        return onboard.apply(change.yaml()).map(outcome -> {
            if (outcome.ok()) {
                tenantOfFile.put(change.file(), outcome.tenant().id());
                if (logEach) LOG.info("tenant " + outcome.tenant().id() + " v" + outcome.tenant().version() + " live from " + change.file());
            } else {
                outcome.errors().forEach(e -> LOG.warning(change.file() + ":" + e.line() + ": " + e.path() + ": " + e.message()));
            }
            return (Void) null;
        }).recover(e -> {
            LOG.warning(change.file() + ": " + e.getMessage());
            return Future.succeededFuture();
        });
    }

    private Future<Void> listen(TenantStore tenants, OrderStore orders, AvailabilityStore soldOut) {
        Metrics metrics = new Metrics(calls::inProgress);
        keptRecords = new RecordOutbox(vertx, orders, settings.dataDir().resolve("pending-records"));
        CallJournal journal = new pizzeria.store.StoredCallJournal(vertx, orders, metrics::recorded, keptRecords);
        CallStarter starter = new CallStarter(calls, understanders(), journal, clock, metrics::callStarted,
                settings.prices()).soldOutFrom(tenantId -> soldOut.current(tenantId, clock.instant()))
                .commitDeadline(Duration.ofMillis(settings.faults().orderCommitMillis()), this::alarm);
        Router router = Router.router(vertx);
        pizzeria.http.ErrorBodies.mount(router);
        // A request may be as large as a tenant file (an upload), the largest thing anyone sends us; no file uploads
        // (they would make a file-uploads/ folder in the working directory).
        router.route().handler(BodyHandler.create(false).setBodyLimit(TenantFolder.MAX_FILE_BYTES));
        Settings.Limits limits = settings.limits();
        new TextChannel(vertx, registry, starter, calls, settings.allowTestClock(), limits.callStartsPerMinute(), limits.localCallStartsPerMinute())
                .refuseNewCallsWhen(this::draining).mount(router);
        AdminApi.publishChanges(vertx, orders);
        pizzeria.http.AuthFailures authFailures = new pizzeria.http.AuthFailures(limits.adminAuthFailuresPerMinute());
        AdminApi admin = new AdminApi(settings.adminToken(), registry, onboarding, tenants, orders, calls, authFailures).soldOut(soldOut, clock);
        admin.mount(router);
        new pizzeria.console.Console(admin, registry, orders, clock).mount(router);
        new WebhookRoutes(settings.adminToken(), tenants, registry, new WebhookStore(database), authFailures).mount(router);
        new OpsRoutes(database, registry, metrics, onboarding::versionsPending).drainingWhen(this::draining).mount(router);
        phoneLine = PhoneLine.mount(router, vertx, settings.voice(), settings.publicUrl(), settings.allowTestClock(), registry,
                starter, calls, metrics, limits.mediaStartMillis(), this::draining);
        // Ended calls stay readable at /v1/calls for ten minutes (their records are in the database for good):
        // at a thousand calls a minute, an hour of them would be a gigabyte of heap.
        timers.add(vertx.setPeriodic(60_000, t -> calls.forgetEndedOlderThan(ENDED_CALLS_KEPT)));
        // Idle text calls are looked for ten times per idle period (at most every minute, at least every second).
        long sweep = Math.max(1000, Math.min(60_000, limits.callIdleMillis() / 10));
        timers.add(vertx.setPeriodic(sweep, t -> endIdleCalls()));
        // One server per event loop on one port; for "any port" (0) Vert.x shares a random port under -1.
        int listenPort = settings.port() == 0 ? -1 : settings.port();
        pizzeria.http.ServerVerticle first = new pizzeria.http.ServerVerticle(router, listenPort);
        return keptRecords.load().compose(v -> deliveries()).compose(v -> vertx.deployVerticle(first)).compose(id -> {
            deployments.add(id);
            port = first.port();
            int more = settings.eventLoops() - 1;
            if (more < 1) return Future.succeededFuture();
            return vertx.deployVerticle(() -> new pizzeria.http.ServerVerticle(router, listenPort),
                    new io.vertx.core.DeploymentOptions().setInstances(more)).onSuccess(deployments::add);
        }).map(v -> {
            LOG.info("gateway listening on port " + port + " on " + settings.eventLoops() + " event loops with "
                    + registry.size() + " tenants");
            return null;
        });
    }

    /** A timer of the gateway's, for the calls' deadlines. */
    private java.util.concurrent.CompletionStage<Void> alarm(Duration delay) {
        java.util.concurrent.CompletableFuture<Void> rang = new java.util.concurrent.CompletableFuture<>();
        vertx.setTimer(Math.max(1, delay.toMillis()), t -> rang.complete(null));
        return rang;
    }

    /** The outbox's sender: webhooks and text receipts, from this gateway's start to its stop. */
    private Future<Void> deliveries() {
        pizzeria.voice.VoiceSettings v = settings.voice();
        DeliveryWorker worker = new DeliveryWorker(new Outbox(database), settings.webhookRetryBaseMillis(),
                new DeliveryWorker.Twilio(v.twilioApiUrl(), v.twilioAccountSid(), v.twilioAuthToken()));
        return vertx.deployVerticle(worker).map(id -> {
            deliveryWorker = id;
            return null;
        });
    }

    /**
     * Text calls with no turn for {@code CALL_IDLE_MS} end as a hang-up does: the cart kept, open. The
     * gateway runs this periodically; a test runs it after moving the clock. Completes with how many ended.
     */
    public Future<Integer> endIdleCalls() {
        var idle = calls.idleTextCalls(Duration.ofMillis(settings.limits().callIdleMillis()));
        if (!idle.isEmpty()) LOG.info(idle.size() + " text calls idle for " + settings.limits().callIdleMillis() + " ms: ended, carts kept");
        return Future.join(idle.stream().map(s -> Future.fromCompletionStage(s.hangUp())).toList()).map(v -> idle.size());
    }

    /** Hybrid when a model key is set; the local parser alone otherwise; either on the understanding workers. */
    private java.util.function.Function<pizzeria.tenant.Tenant, pizzeria.understand.Understander> understanders() {
        io.vertx.core.WorkerExecutor workers = vertx.createSharedWorkerExecutor("understanding", Math.max(2, settings.eventLoops()));
        understandingWorkers = workers;
        Settings.Model m = settings.model();
        if (m.apiKey() == null) return t -> new OffLoopUnderstander(workers, new LocalUnderstander(t.menu()));
        pizzeria.llm.ChatCompletions client = new pizzeria.llm.ChatCompletions(vertx, m.baseUrl(), m.apiKey(), m.timeoutMillis());
        model = client;
        return t -> new OffLoopUnderstander(workers, new pizzeria.llm.HybridUnderstander(new LocalUnderstander(t.menu()),
                new pizzeria.llm.ModelUnderstander(vertx, client, m.model(), t)));
    }

    public int port() {
        return port;
    }

    public TenantRegistry registry() {
        return registry;
    }

    public ActiveCalls calls() {
        return calls;
    }

    /** Whether a shutdown has begun. */
    public boolean draining() {
        return draining;
    }

    /**
     * The shutdown (SIGTERM): /health turns 503 at once and new calls are refused; calls in progress go on for up
     * to {@code grace}; then phone calls still in progress go to their staff line and text calls end with their
     * carts kept; their records are written (or kept, see the outbox); then the servers, the delivery worker, the
     * provider clients and the database close. Asked twice, it is the same stop.
     */
    public synchronized Future<Void> stop(Duration grace) {
        if (stopped == null) stopped = drain(grace);
        return stopped;
    }

    /**
     * Ends a drain under way at once, as its deadline would: phone calls still in progress go to staff, text calls
     * end with their carts kept (an operator who will not wait: a second Ctrl-C).
     */
    public void hurry() {
        hurried = true;
    }

    private Future<Void> drain(Duration grace) {
        draining = true;
        long deadline = System.nanoTime() + grace.toNanos();
        if (inProgress() > 0) LOG.info("draining: " + inProgress() + " calls in progress, for up to " + grace.toMillis() + " ms");
        return callsEnded(deadline)
                .compose(v -> endTheRest())
                .compose(v -> recorded(deadline))
                .compose(v -> {
                    timers.forEach(vertx::cancelTimer);
                    return Future.succeededFuture();
                })
                // The servers close once no call needs them: that closes every connection, media streams included.
                .compose(v -> Future.join(deployments.stream().map(vertx::undeploy).toList()).mapEmpty())
                // After the calls (a call that places an order in its last seconds queues its messages) and
                // before the database: the worker records the attempts it has under way.
                .compose(v -> deliveryWorker == null ? Future.succeededFuture() : vertx.undeploy(deliveryWorker))
                .compose(v -> phoneLine == null ? Future.succeededFuture() : phoneLine.close())
                .compose(v -> understandingWorkers == null ? Future.succeededFuture() : understandingWorkers.close())
                .compose(v -> model == null ? Future.succeededFuture() : model.close())
                .compose(v -> keptRecords == null ? Future.succeededFuture() : keptRecords.flush(RECORDS_MILLIS))
                .compose(v -> database == null ? Future.succeededFuture() : database.close())
                .onComplete(r -> LOG.info("stopped" + (r.failed() ? ": " + r.cause().getMessage() : "")));
    }

    /** Calls not ended, and phone calls ended but still on the line (their goodbye or confirmation still playing). */
    private long inProgress() {
        return Math.max(calls.inProgress(), phoneLine == null ? 0 : phoneLine.callsOnTheLine());
    }

    /** Completes once no call is in progress, or at the deadline; checked on a timer, no thread waits. */
    private Future<Void> callsEnded(long deadline) {
        Promise<Void> quiet = Promise.promise();
        Runnable check = () -> {
            if (inProgress() == 0 || hurried || System.nanoTime() >= deadline) quiet.tryComplete();
        };
        check.run();
        if (quiet.future().isComplete()) return quiet.future();
        long timer = vertx.setPeriodic(50, t -> check.run());
        return quiet.future().onComplete(r -> vertx.cancelTimer(timer));
    }

    /** At the drain's deadline: phone calls to staff (the transfer path, cart kept), text calls ended with their carts kept. */
    private Future<Void> endTheRest() {
        List<CallSession> left = calls.inProgressCalls();
        if (left.isEmpty()) return Future.succeededFuture();
        LOG.warning("draining: " + left.size() + " calls still in progress at the deadline; phone calls go to staff, text calls end with their carts kept");
        List<CallSession> phone = left.stream().filter(c -> "phone".equals(c.identity().channel())).toList();
        List<Future<Void>> ending = new ArrayList<>();
        if (phoneLine != null) ending.add(phoneLine.handOverAll("the gateway is shutting down", phone)
                .timeout(HAND_OVER_MILLIS, TimeUnit.MILLISECONDS));
        for (CallSession c : left) {
            if (!"phone".equals(c.identity().channel())) ending.add(Future.fromCompletionStage(c.hangUp()));
        }
        return Future.join(ending).otherwiseEmpty().mapEmpty();
    }

    /** The calls' last records written, then the versions (each within what is left of the grace, at least a moment). */
    private Future<Void> recorded(long deadline) {
        List<Future<Void>> writes = calls.all().stream().map(c -> Future.fromCompletionStage(c.recordsWritten())).toList();
        return Future.join(writes).timeout(Math.max(RECORDS_MILLIS, left(deadline)), TimeUnit.MILLISECONDS)
                .otherwiseEmpty().compose(v -> versionsRecorded(deadline));
    }

    private static long left(long deadline) {
        return Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    }

    /** Versions a start has not recorded yet are written before the database closes (within the grace; else the next start does). */
    private Future<Void> versionsRecorded(long deadline) {
        if (onboarding == null || onboarding.versionsPending() == 0) return Future.succeededFuture();
        return onboarding.allRecorded().timeout(left(deadline), TimeUnit.MILLISECONDS).otherwiseEmpty();
    }

    /** Stops the embedded database server, if this gateway started one. Blocking: call it off the event loop. */
    public void stopLocalDatabase() {
        if (localPostgres != null) localPostgres.stop();
    }
}
