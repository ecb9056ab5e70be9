package pizzeria.tenancy;

import pizzeria.tenant.Tenant;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Tenant versions that went live during a start before they were written. Their writes wait until every
 * tenant is live ({@link #startWriting()}): on two cores, writing 90 MB of new tenant files while parsing
 * the rest slowed a first start by a third. Whoever reads a tenant's stored record waits for its write here.
 * Should the database number a version otherwise (another gateway recorded one meanwhile), the live tenant
 * takes the database's number.
 */
final class VersionRecording {
    private static final Logger LOG = Logger.getLogger(VersionRecording.class.getName());

    private record Deferred(Tenant live, Supplier<Future<Integer>> write, Promise<Integer> written) { }

    private final TenantRegistry registry;
    private final Map<String, Future<Integer>> pending = new ConcurrentHashMap<>();
    private List<Deferred> deferred = new ArrayList<>();

    VersionRecording(TenantRegistry registry) {
        this.registry = registry;
    }

    /** {@code live} is serving already; {@code write} records it and answers the number the database gave it. */
    void record(Tenant live, Supplier<Future<Integer>> write) {
        Promise<Integer> written = Promise.promise();
        pending.put(live.id(), written.future());
        written.future().onComplete(r -> settled(live, written.future(), r.failed() ? null : r.result(), r.cause()));
        synchronized (this) {
            if (deferred != null) {
                deferred.add(new Deferred(live, write, written));
                return;
            }
        }
        write.get().onComplete(written);
    }

    /** Every tenant is live: the deferred writes go (the version writer batches them). */
    void startWriting() {
        List<Deferred> now;
        synchronized (this) {
            now = deferred;
            deferred = null;
        }
        if (now != null) now.forEach(d -> d.write().get().onComplete(d.written()));
    }

    private void settled(Tenant live, Future<Integer> write, Integer version, Throwable failure) {
        pending.remove(live.id(), write);
        if (failure != null) {
            LOG.warning("tenant " + live.id() + " v" + live.version() + " serves but is not recorded (" + failure.getMessage()
                    + "); the next start records it");
        } else if (version != live.version() && registry.byId(live.id()).orElse(null) == live) {
            registry.put(live.withVersion(version));
        }
    }

    /** Completes (never fails) once the tenant's live version is written, or its write gave up. */
    Future<Void> recorded(String tenantId) {
        Future<Integer> write = pending.get(tenantId);
        return write == null ? Future.succeededFuture() : write.<Void>mapEmpty().otherwiseEmpty();
    }

    Future<Void> allRecorded() {
        return Future.join(List.copyOf(pending.values())).<Void>mapEmpty().otherwiseEmpty();
    }

    int pending() {
        return pending.size();
    }
}
