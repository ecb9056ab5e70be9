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
        List<String> out = new ArrayList<>();
        for (String n : tenant.phoneNumbers()) {
            Tenant owner = byNumber.get(n);
            if (owner != null && !owner.id().equals(tenant.id())) out.add(n + " already belongs to tenant " + owner.id());
        }
        return out;
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
