package pizzeria.tenancy;

import pizzeria.tenant.Tenant;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Tenant versions that went live before they were written (a start writes them once every tenant is live,
 * {@link StartUp}). Whoever reads a tenant's stored record waits for its write here. Should the database
 * number a version otherwise (another gateway recorded one meanwhile), the live tenant takes the database's
 * number.
 */
final class VersionRecording {
    private static final Logger LOG = Logger.getLogger(VersionRecording.class.getName());

    private final TenantRegistry registry;
    private final Map<String, Future<Integer>> pending = new ConcurrentHashMap<>();

    VersionRecording(TenantRegistry registry) {
        this.registry = registry;
    }

    /** {@code live} is serving already; {@code written} completes with the number the database gave it. */
    void track(Tenant live, Future<Integer> written) {
        pending.put(live.id(), written);
        written.onComplete(r -> settled(live, written, r.failed() ? null : r.result(), r.cause()));
    }

    private void settled(Tenant live, Future<Integer> write, Integer version, Throwable failure) {
        pending.remove(live.id(), write);
        if (failure instanceof pizzeria.store.NumberTaken taken) {
            // Routing agrees with the database: the number is the other tenant's, so this version does not serve.
            if (registry.byId(live.id()).orElse(null) == live) registry.remove(live.id());
            LOG.warning("tenant " + live.id() + " is not served: " + taken.getMessage() + " in the database");
        } else if (failure != null) {
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
