package pizzeria.call;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls by id: those in progress, and ended ones for a while so a client can still read how they ended.
 */
public final class ActiveCalls {
    private record Entry(CallSession session, Instant added) { }

    private final Map<String, Entry> calls = new ConcurrentHashMap<>();
    private final Clock clock;

    public ActiveCalls(Clock clock) {
        this.clock = clock;
    }

    public void add(CallSession session) {
        calls.put(session.identity().callId(), new Entry(session, clock.instant()));
    }

    public Optional<CallSession> get(String callId) {
        Entry e = calls.get(callId);
        return e == null ? Optional.empty() : Optional.of(e.session());
    }

    public long inProgress() {
        return calls.values().stream().filter(e -> !e.session().ended()).count();
    }

    /** Forgets ended calls older than {@code keep}; their records are in the database. */
    public void forgetEndedOlderThan(Duration keep) {
        Instant limit = clock.instant().minus(keep);
        calls.values().removeIf(e -> e.session().ended() && e.added().isBefore(limit));
    }
}
