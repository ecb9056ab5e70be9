package pizzeria.call;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import pizzeria.order.OrderStatus;
import pizzeria.tenant.Tenant;
import pizzeria.understand.Understander;
import pizzeria.understand.Understanding;
import pizzeria.understand.UnderstoodBy;

/**
 * One caller's call, whatever carries it (typed text or a phone line): the shell around the pure
 * {@link Conversation}. It feeds events in one at a time, in arrival order (the understander may answer on
 * another thread), and carries out the effects: the order is committed before the caller hears it is in,
 * the record is written after; the call's writes run one at a time too.
 */
public final class CallSession {
    private final CallIdentity id;
    private final Tenant tenant;
    private final Conversation conversation;
    private final Understander understander;
    private final CallJournal journal;
    private final RecordWrites writes = new RecordWrites();
    private final Clock clock;
    private final CallCost cost = new CallCost();
    private final PriceTable prices;
    private CallState state;
    /** What the restaurant is out of, asked at every turn so a change reaches a call in progress. */
    private java.util.function.Supplier<pizzeria.order.Availability> soldOut = () -> pizzeria.order.Availability.NONE;
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    /** When the caller last said something (or the call began): an idle text call is ended after a while. */
    private volatile Instant lastHeard;
    /** Told once, when the call ends (the count of calls in progress goes down). */
    private Runnable onEnd = () -> { };
    /** How long the caller waits for their order to be committed (null: as long as the store takes), and its alarm. */
    private Duration commitTimeout;
    private Alarms alarms;

    /** @param localStart the call's start in the tenant's timezone (a test may set the clock) */
    public CallSession(CallIdentity id, Tenant tenant, ZonedDateTime localStart, Clock clock,
                       Understander understander, CallJournal journal, PriceTable prices) {
        this.id = id;
        this.tenant = tenant;
        this.conversation = new Conversation(tenant);
        this.understander = understander;
        this.journal = journal;
        this.clock = clock;
        this.prices = prices;
        this.state = conversation.begin(id, clock.instant(), localStart);
        this.lastHeard = clock.instant();
    }

    /** Runs {@code whenEnded} once the call ends (at once when it already has). */
    public void onEnd(Runnable whenEnded) {
        boolean already;
        synchronized (this) {
            already = state.ended();
            if (!already) onEnd = whenEnded;
        }
        if (already) whenEnded.run();
    }

    /** When the caller last spoke or typed (the call's start before that). */
    public Instant lastHeard() {
        return lastHeard;
    }

    public CallSession soldOutFrom(java.util.function.Supplier<pizzeria.order.Availability> soldOut) {
        this.soldOut = soldOut;
        return this;
    }

    /**
     * Placing an order has a deadline: past it the caller hears the apology and goes to staff, and the store is
     * told the same deadline so the order is not placed behind their back later.
     */
    public CallSession commitDeadline(Duration timeout, Alarms alarms) {
        this.commitTimeout = timeout;
        this.alarms = alarms;
        return this;
    }

    /** The greeting, or the closed message (which ends the call) outside opening hours. */
    public CompletionStage<TurnResult> open() {
        return inTurn(() -> apply(new CallEvent.Open()));
    }

    public CompletionStage<TurnResult> hear(String text) {
        Instant heardAt = clock.instant();
        lastHeard = heardAt;
        return inTurn(() -> {
            CallState now = current();
            pizzeria.order.Availability out = soldOut.get();
            return understander.understand(text, conversation.context(now).soldOut(out)).toCompletableFuture()
                    .exceptionally(e -> new Understanding(List.of(), List.of(), false, UnderstoodBy.FAILED))
                    .thenCompose(u -> {
                        cost.tokens(u.tokens());
                        return apply(new CallEvent.Heard(text, heardAt, u, out));
                    });
        });
    }

    /** The caller asked for staff without words (a key press), or the channel failed: handed over, cart kept. */
    public CompletionStage<TurnResult> transfer(String reason) {
        return inTurn(() -> apply(new CallEvent.StaffAsked(reason)));
    }

    /** The caller has been silent, for the {@code nth} time in a row. */
    public CompletionStage<TurnResult> silence(int nth) {
        return inTurn(() -> apply(new CallEvent.Silence(nth)));
    }

    /** The caller hung up: the call ends and an unplaced cart is kept, open. */
    public CompletionStage<Void> hangUp() {
        synchronized (this) {
            if (state.ended()) return CompletableFuture.completedFuture(null);
        }
        return apply(new CallEvent.HungUp()).thenCompose(r -> writes.settled());
    }

    /** What the channel reports: cut-offs and timings go into the transcript, units into the cost. */
    public void report(ChannelReport report) {
        if (report instanceof ChannelReport.AudioFrame) cost.recognisedFrame();
        else if (report instanceof ChannelReport.Spoken s && s.fromCache()) cost.playedFromCache(s.characters());
        else if (report instanceof ChannelReport.Spoken s) cost.synthesised(s.characters());
        else if (report instanceof ChannelReport.CutOff c) step(new CallEvent.CutOff(c.heard()));
        else if (report instanceof ChannelReport.Timed t) step(new CallEvent.Timed(t.latency()));
    }

    /** Runs one turn after every earlier one has settled (a placed order's store included). */
    private synchronized CompletionStage<TurnResult> inTurn(Supplier<CompletionStage<TurnResult>> turn) {
        if (state.ended()) return CompletableFuture.failedFuture(new CallEnded(id.callId()));
        CompletableFuture<TurnResult> next = tail.handle((r, e) -> null).thenCompose(x -> {
            if (ended()) return CompletableFuture.<TurnResult>failedFuture(new CallEnded(id.callId()));
            return turn.get();
        });
        tail = next.thenCompose(r -> r.settled());
        return next;
    }

    /** What carrying out one step's effects started: the record write, and the store's answer to a placed order. */
    private record Carried(Step step, CompletionStage<Void> saved, CompletionStage<TurnResult> settled, boolean ends) { }

    /** One step of the conversation, and its effects carried out. */
    private Carried step(CallEvent event) {
        Step step;
        Runnable ended = null;
        synchronized (this) {
            boolean wasEnded = state.ended();
            step = conversation.next(state, event, clock.instant());
            state = step.state();
            if (!wasEnded && state.ended()) ended = onEnd;
        }
        if (ended != null) ended.run();
        CompletionStage<Void> saved = null;
        CompletionStage<TurnResult> settled = null;
        boolean ends = false;
        for (Effect effect : step.effects()) {
            if (effect instanceof Effect.SaveRecord) saved = save();
            else if (effect instanceof Effect.PlaceOrder p) settled = place(p.order());
            else ends = true; // a transfer or a hang-up: the channel acts on it once the reply is heard
        }
        return new Carried(step, saved, settled, ends);
    }

    /** One step, answered with where the call then stands. */
    private CompletionStage<TurnResult> apply(CallEvent event) {
        Carried c = step(event);
        Duration modelWait = event instanceof CallEvent.Heard h ? h.understanding().modelWait() : Duration.ZERO;
        TurnResult result = resultOf(c.step().state(), c.step().reply(), c.settled(), modelWait);
        // A call that ends answers once its record is written, so a reader after the answer finds it; not after a
        // failed commit: the store is in trouble, and the caller must hear the apology now (the record follows).
        if (c.ends() && c.saved() != null && !(event instanceof CallEvent.OrderFailed)) return c.saved().handle((ok, error) -> result);
        return CompletableFuture.completedFuture(result);
    }

    /**
     * Commits the order; the conversation then hears whether it was stored, by the deadline at the latest (the
     * first answer counts). The call's next writes still wait for the commit itself, so a late one can never
     * overwrite the record that says the order was not placed.
     */
    private CompletionStage<TurnResult> place(PlacedOrder order) {
        Instant deadline = commitTimeout == null ? null : clock.instant().plus(commitTimeout);
        CompletionStage<Void> commit = writes.then(() -> journal.placeOrder(tenant.id(), id.callId(), order,
                Receipt.of(tenant, id, order), deadline));
        CompletableFuture<Boolean> stored = new CompletableFuture<>();
        commit.whenComplete((ok, error) -> stored.complete(error == null));
        if (deadline != null) alarms.after(commitTimeout).thenRun(() -> stored.complete(false));
        return stored.thenApply(ok -> ok ? new CallEvent.OrderStored() : (CallEvent) new CallEvent.OrderFailed())
                .thenCompose(this::apply);
    }

    private CompletionStage<Void> save() {
        return writes.record(() -> journal.save(tenant.id(), this::record));
    }

    private TurnResult resultOf(CallState s, Reply reply, CompletionStage<TurnResult> settled, Duration modelWait) {
        Reply said = reply != null ? reply : s.lastReply();
        String orderId = s.order().status() == OrderStatus.PLACED ? s.order().orderId() : null;
        return TurnResult.of(said, conversation.phase(s), s.order(), conversation.bill(s), s.ended(), orderId, s.transferTo(), settled, modelWait);
    }

    private synchronized CallState current() {
        return state;
    }

    /** Completes once every write of this call asked for so far is done (failed or not): for readers of the stored record. */
    public CompletionStage<Void> recordsWritten() {
        return writes.settled();
    }

    /** Where the call stands, with the last thing the agent said. */
    public TurnResult result() {
        return resultOf(current(), null, null, Duration.ZERO);
    }

    public CallRecord record() {
        CallState s = current();
        Instant now = clock.instant();
        Instant end = s.ended() ? now : null;
        long seconds = "phone".equals(id.channel()) ? Duration.between(s.startedAt(), now).toSeconds() : 0;
        return new CallRecord(id, tenant.id(), tenant.version(), s.startedAt(), end, s.outcome(), s.transferTo(),
                s.phasesVisited(), s.order(), conversation.bill(s), s.transcript(), cost.breakdown(prices, seconds));
    }

    public CallIdentity identity() { return id; }
    public Tenant tenant() { return tenant; }
    public boolean ended() { return current().ended(); }
}
