package pizzeria.tenant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tenants being served, by id and by phone number. Readers see one immutable snapshot (no locks, O(1)
 * routing); a change builds a new snapshot and swaps it in. Calls keep the Tenant they started with.
 */
public final class TenantRegistry {
    private record Snapshot(Map<String, Tenant> byId, Map<String, Tenant> byNumber) { }

    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(Map.of(), Map.of()));

    public Optional<Tenant> byNumber(String number) {
        return Optional.ofNullable(current.get().byNumber().get(number));
    }

    public Optional<Tenant> byId(String id) {
        return Optional.ofNullable(current.get().byId().get(id));
    }

    public List<Tenant> all() {
        return List.copyOf(current.get().byId().values());
    }

    /** Numbers of this tenant that another tenant already answers. */
    public List<String> conflicts(Tenant tenant) {
        List<String> out = new ArrayList<>();
        Snapshot s = current.get();
        for (String n : tenant.phoneNumbers()) {
            Tenant owner = s.byNumber().get(n);
            if (owner != null && !owner.id().equals(tenant.id())) out.add(n + " already belongs to tenant " + owner.id());
        }
        return out;
    }

    public synchronized void put(Tenant tenant) {
        if (!conflicts(tenant).isEmpty()) throw new IllegalArgumentException(String.join("; ", conflicts(tenant)));
        Snapshot s = current.get();
        Map<String, Tenant> byId = new HashMap<>(s.byId());
        Map<String, Tenant> byNumber = new HashMap<>(s.byNumber());
        Tenant old = byId.put(tenant.id(), tenant);
        if (old != null) old.phoneNumbers().forEach(byNumber::remove);
        tenant.phoneNumbers().forEach(n -> byNumber.put(n, tenant));
        // Wrapped, not copied again: with ten thousand tenants every extra copy is felt at start.
        current.set(new Snapshot(java.util.Collections.unmodifiableMap(byId), java.util.Collections.unmodifiableMap(byNumber)));
    }

    public synchronized void remove(String id) {
        Snapshot s = current.get();
        Tenant old = s.byId().get(id);
        if (old == null) return;
        Map<String, Tenant> byId = new HashMap<>(s.byId());
        Map<String, Tenant> byNumber = new HashMap<>(s.byNumber());
        byId.remove(id);
        old.phoneNumbers().forEach(byNumber::remove);
        current.set(new Snapshot(Map.copyOf(byId), Map.copyOf(byNumber)));
    }
}
