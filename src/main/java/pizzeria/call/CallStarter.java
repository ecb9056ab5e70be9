package pizzeria.call;

import com.github.f4b6a3.ulid.UlidCreator;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import pizzeria.tenant.Tenant;
import pizzeria.understand.Understander;

/** Starts calls on any channel: picks the understander for the tenant version and registers the call. */
public final class CallStarter {
    private final ActiveCalls calls;
    private final Function<Tenant, Understander> understanderFor;
    private final Map<String, Understander> understanders = new ConcurrentHashMap<>();
    private final CallJournal journal;
    private final Clock clock;
    private final java.util.function.BiConsumer<String, String> started;
    private final PriceTable prices;
    private java.util.function.Function<String, pizzeria.order.Availability> soldOut = id -> pizzeria.order.Availability.NONE;

    /** @param started told the tenant and channel of every call started (for metrics) */
    public CallStarter(ActiveCalls calls, Function<Tenant, Understander> understanderFor, CallJournal journal, Clock clock,
                       java.util.function.BiConsumer<String, String> started, PriceTable prices) {
        this.prices = prices;
        this.started = started;
        this.calls = calls;
        this.understanderFor = understanderFor;
        this.journal = journal;
        this.clock = clock;
    }

    private Duration commitTimeout;
    private Alarms alarms;

    /** Every call started from now on gives its order commit this long (see {@link CallSession#commitDeadline}). */
    public CallStarter commitDeadline(Duration timeout, Alarms alarms) {
        this.commitTimeout = timeout;
        this.alarms = alarms;
        return this;
    }

    /** Where each call asks what its restaurant is out of. */
    public CallStarter soldOutFrom(java.util.function.Function<String, pizzeria.order.Availability> soldOut) {
        this.soldOut = soldOut;
        return this;
    }

    /** A call taken in, or the reason it was not (nothing of it is kept then). */
    public record Admission(CallSession session, ActiveCalls.Refusal refusal) {
        public boolean admitted() { return session != null; }
    }

    /**
     * @param callId the telephony provider's id for a phone call; null for a text call, which gets an
     *               unguessable one (its routes need no token)
     */
    public Admission start(Tenant tenant, String channel, String callId, String from, String to,
                           ZonedDateTime localStart) {
        String id = callId != null ? callId : CallIds.next();
        // Order ids stay sortable (the admin API lists and streams them in order); only an admin token reads them.
        CallIdentity identity = new CallIdentity(id, UlidCreator.getMonotonicUlid().toString(), channel, from, to);
        // Built once per tenant version: the parser's lexicon is the costly part.
        Understander u = understanders.computeIfAbsent(tenant.id() + "@" + tenant.version() + "@" + System.identityHashCode(tenant),
                k -> understanderFor.apply(tenant));
        CallSession session = new CallSession(identity, tenant, localStart, clock, u, journal, prices)
                .soldOutFrom(() -> soldOut.apply(tenant.id()));
        if (commitTimeout != null) session.commitDeadline(commitTimeout, alarms);
        java.util.Optional<ActiveCalls.Refusal> refused = calls.add(session);
        if (refused.isPresent()) return new Admission(null, refused.get());
        started.accept(tenant.id(), channel);
        return new Admission(session, null);
    }

    public ZonedDateTime localNow(Tenant tenant) {
        return ZonedDateTime.now(clock).withZoneSameInstant(tenant.timezone());
    }
}
