package pizzeria.tenancy;

import pizzeria.tenant.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenants being served, by id and by phone number: lock-free O(1) reads for routing; changes are made
 * one at a time. A swap maps each kept number to the new version in one step, so no call ever finds its
 * number unanswered mid-swap. Calls keep the Tenant they started with.
 *
 * <p>Not copy-on-write: copying the maps at every change made loading ten thousand tenants quadratic
 * (half of a restart's CPU went to copying hash maps).
 */
public final class TenantRegistry {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(TenantRegistry.class.getName());
    private final Map<String, Tenant> byId = new ConcurrentHashMap<>();
    private final Map<String, Tenant> byNumber = new ConcurrentHashMap<>();

    public Optional<Tenant> byNumber(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    public Optional<Tenant> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    /** Numbers of this tenant that another tenant already answers. */
    public List<String> conflicts(Tenant tenant) {
        return taken(tenant).entrySet().stream().map(e -> e.getKey() + " already belongs to tenant " + e.getValue()).toList();
    }

    /** Number → the other tenant that answers it, for this tenant's numbers that another tenant answers. */
    public Map<String, String> taken(Tenant tenant) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String n : tenant.phoneNumbers()) {
            Tenant owner = byNumber.get(n);
            if (owner != null && !owner.id().equals(tenant.id())) out.put(n, owner.id());
        }
        return out;
    }

    /**
     * A version the database has recorded, numbers and all, goes live as the database says: it takes its
     * numbers even from a tenant whose newer version (without them) is committed but not live yet. An older
     * version than the one live (two uploads finishing out of order) changes nothing.
     */
    public synchronized void putRecorded(Tenant tenant) {
        Tenant old = byId.get(tenant.id());
        if (old != null && old.version() > tenant.version()) return;
        byId.put(tenant.id(), tenant);
        for (String n : tenant.phoneNumbers()) {
            Tenant before = byNumber.put(n, tenant);
            if (before != null && !before.id().equals(tenant.id())) LOG.info(n + " moves from tenant " + before.id() + " to " + tenant.id());
        }
        if (old != null) {
            old.phoneNumbers().stream().filter(n -> !tenant.phoneNumbers().contains(n)).forEach(n -> byNumber.remove(n, old));
        }
    }

    public synchronized void put(Tenant tenant) {
        List<String> conflicts = conflicts(tenant);
        if (!conflicts.isEmpty()) throw new IllegalArgumentException(String.join("; ", conflicts));
        Tenant old = byId.put(tenant.id(), tenant);
        tenant.phoneNumbers().forEach(n -> byNumber.put(n, tenant));
        if (old != null) {
            old.phoneNumbers().stream().filter(n -> !tenant.phoneNumbers().contains(n)).forEach(n -> byNumber.remove(n, old));
        }
    }

    public synchronized void remove(String id) {
        Tenant old = byId.remove(id);
        if (old != null) old.phoneNumbers().forEach(n -> byNumber.remove(n, old));
    }
}
