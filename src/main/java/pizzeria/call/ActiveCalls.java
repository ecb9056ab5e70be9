package pizzeria.call;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls by id: those in progress, and ended ones for a while so a client can still read how they ended.
 * It also admits new calls: at most {@code maxCalls} in progress in all, and a tenant's own limit; an id
 * already known (a replayed CallSid) is refused rather than replacing the call that has it.
 */
public final class ActiveCalls {
    /** Why a new call was not taken. */
    public enum Refusal { GATEWAY_FULL, RESTAURANT_FULL, ID_IN_USE }

    private record Entry(CallSession session, Instant added) { }

    private final Map<String, Entry> calls = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxCalls;
    /** Calls in progress, in all and by tenant; changed only under the lock. */
    private int live;
    private final Map<String, Integer> liveByTenant = new HashMap<>();

    public ActiveCalls(Clock clock, int maxCalls) {
        this.clock = clock;
        this.maxCalls = maxCalls;
    }

    /** No limit but the tenants' own. */
    public ActiveCalls(Clock clock) {
        this(clock, Integer.MAX_VALUE);
    }

    /** Takes the call in, or says why not (then nothing is kept of it). */
    public Optional<Refusal> add(CallSession session) {
        String tenantId = session.tenant().id();
        Integer tenantLimit = session.tenant().maxConcurrentCalls();
        synchronized (this) {
            if (calls.containsKey(session.identity().callId())) return Optional.of(Refusal.ID_IN_USE);
            if (live >= maxCalls) return Optional.of(Refusal.GATEWAY_FULL);
            if (tenantLimit != null && liveByTenant.getOrDefault(tenantId, 0) >= tenantLimit) return Optional.of(Refusal.RESTAURANT_FULL);
            calls.put(session.identity().callId(), new Entry(session, clock.instant()));
            live++;
            liveByTenant.merge(tenantId, 1, Integer::sum);
        }
        session.onEnd(() -> ended(tenantId));
        return Optional.empty();
    }

    private synchronized void ended(String tenantId) {
        live--;
        liveByTenant.computeIfPresent(tenantId, (k, n) -> n == 1 ? null : n - 1);
    }

    public Optional<CallSession> get(String callId) {
        Entry e = calls.get(callId);
        return e == null ? Optional.empty() : Optional.of(e.session());
    }

    public synchronized long inProgress() {
        return live;
    }

    /** Text calls in progress where nothing was typed since {@code idle} ago (a phone line has its own silence watch). */
    public List<CallSession> idleTextCalls(Duration idle) {
        Instant limit = clock.instant().minus(idle);
        return calls.values().stream().map(Entry::session)
                .filter(s -> "text".equals(s.identity().channel()) && !s.ended() && s.lastHeard().isBefore(limit))
                .toList();
    }

    /** Every call known: in progress, and ended ones not forgotten yet. */
    public java.util.List<CallSession> all() {
        return calls.values().stream().map(Entry::session).toList();
    }

    /** The calls not ended yet (a shutdown ends or hands over those still in progress at its deadline). */
    public java.util.List<CallSession> inProgressCalls() {
        return calls.values().stream().map(Entry::session).filter(s -> !s.ended()).toList();
    }

    /** Forgets ended calls older than {@code keep}; their records are in the database. */
    public void forgetEndedOlderThan(Duration keep) {
        Instant limit = clock.instant().minus(keep);
        calls.values().removeIf(e -> e.session().ended() && e.added().isBefore(limit));
    }
}
