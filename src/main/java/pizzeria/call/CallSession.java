package pizzeria.call;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import pizzeria.flow.Phase;
import pizzeria.order.Applied;
import pizzeria.order.Bill;
import pizzeria.order.Note;
import pizzeria.order.Order;
import pizzeria.order.OrderDesk;
import pizzeria.order.OrderStatus;
import pizzeria.order.ToolCall;
import pizzeria.tenant.Tenant;
import pizzeria.understand.Pending;
import pizzeria.understand.TurnContext;
import pizzeria.understand.Understander;
import pizzeria.understand.Understanding;

/**
 * One caller's conversation, whatever carries it (typed text or a phone line): an utterance in, a reply
 * out. It holds the tenant version the call started on, checks every tool call through the phase machine
 * and the order desk, and commits the order before telling a caller it is placed (the call's record follows).
 * Turns are handled one at a time, in arrival order; so are the call's writes.
 */
public final class CallSession {
    private static final int MISUNDERSTOOD_LIMIT = 3;

    private final CallIdentity id;
    private final Tenant tenant;
    private final Understander understander;
    private final CallJournal journal;
    private final RecordWrites writes = new RecordWrites();
    private final Clock clock;
    private final Instant startedAt;
    private final ZonedDateTime localStart;
    private final OrderDesk desk;
    private final ReplyWriter writer;
    private final CallCost cost = new CallCost();
    private final PriceTable prices;
    private final List<TranscriptLine> transcript = new ArrayList<>();
    private final LinkedHashSet<String> phasesVisited = new LinkedHashSet<>();
    private Order order;
    private Pending pending;
    private boolean ended;
    private String outcome;
    private String transferTo;
    private String lastReply = "";
    private int misunderstood;
    private CompletableFuture<TurnResult> tail = CompletableFuture.completedFuture(null);
    private java.util.function.Consumer<StoringReply> awaitingStorage = reply -> { };

    /** @param localStart the call's start in the tenant's timezone (a test may set the clock) */
    public CallSession(CallIdentity id, Tenant tenant, ZonedDateTime localStart, Clock clock,
                       Understander understander, CallJournal journal, PriceTable prices) {
        this.prices = prices;
        this.id = id;
        this.tenant = tenant;
        this.understander = understander;
        this.journal = journal;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.localStart = localStart;
        this.desk = new OrderDesk(tenant.menu(), tenant.priceRules());
        this.writer = new ReplyWriter(tenant);
        Order o = Order.open(id.orderId(), tenant.id(), id.from());
        if (!tenant.priceRules().deliveryOffered() && tenant.phases().rules().stream()
                .noneMatch(r -> r.tools().contains(pizzeria.order.Tool.SET_FULFILLMENT))) {
            o = o.withFulfillment(pizzeria.order.Fulfillment.pickup());
        }
        this.order = o;
    }

    /** The greeting, or the closed message (which ends the call) outside opening hours. */
    public synchronized CompletionStage<TurnResult> open() {
        if (!tenant.hours().isOpen(localStart)) {
            String closed = Templates.render(tenant.voice().closedMessage(), tenant, order, bill(), now());
            return finish("closed", closed);
        }
        say(tenant.voice().greeting(), Map.of());
        return CompletableFuture.completedFuture(result());
    }

    public synchronized CompletionStage<TurnResult> hear(String text) {
        if (ended) return CompletableFuture.failedFuture(new CallEnded(id.callId()));
        CompletableFuture<TurnResult> next = tail.handle((r, e) -> null).thenCompose(x -> turn(text));
        tail = next;
        return next;
    }

    /** The caller asked for staff without words (a key press): the call is handed over, cart kept. */
    public synchronized CompletionStage<TurnResult> transfer(String reason) {
        if (ended) return CompletableFuture.failedFuture(new CallEnded(id.callId()));
        Understanding u = new Understanding(List.of(new ToolCall.TransferToStaff(reason)), List.of(), true, reason);
        CompletableFuture<TurnResult> next = tail.handle((r, e) -> null).thenCompose(x -> act(u));
        tail = next;
        return next;
    }

    /**
     * The caller talked over the last reply: the transcript keeps only what they heard, so the record (and
     * any model reading it later) does not claim we said what was cut off.
     */
    public synchronized void cutOff(String heard) {
        int last = lastAgentLine();
        if (last < 0) return;
        TranscriptLine line = transcript.get(last);
        Map<String, Object> facts = new java.util.HashMap<>(line.facts());
        facts.put("interrupted", true);
        transcript.set(last, new TranscriptLine("agent", heard, line.phase(), line.at(), facts));
    }

    /** Records a line the channel said on its own (a prompt after silence), so the transcript is complete. */
    public synchronized void channelSaid(String text) {
        say(text, Map.of("understoodBy", "channel"));
    }

    /** Adds a fact (per-stage latency) to the agent's latest line. */
    public synchronized void annotateLastReply(String key, Object value) {
        int last = lastAgentLine();
        if (last < 0) return;
        TranscriptLine line = transcript.get(last);
        Map<String, Object> facts = new java.util.HashMap<>(line.facts());
        facts.put(key, value);
        transcript.set(last, new TranscriptLine("agent", line.text(), line.phase(), line.at(), facts));
    }

    private int lastAgentLine() {
        for (int i = transcript.size() - 1; i >= 0; i--) if (transcript.get(i).speaker().equals("agent")) return i;
        return -1;
    }

    /** The caller hung up: the call ends and an unplaced cart is kept, open. */
    public synchronized CompletionStage<Void> hangUp() {
        if (ended) return CompletableFuture.completedFuture(null);
        ended = true;
        outcome = "hung_up";
        return save();
    }

    private CompletionStage<TurnResult> turn(String text) {
        TurnContext context;
        synchronized (this) {
            if (ended) return CompletableFuture.failedFuture(new CallEnded(id.callId()));
            Phase phase = tenant.phases().decide(order);
            transcript.add(new TranscriptLine("caller", text, phase.id(), clock.instant(), null));
            context = new TurnContext(phase, order, pending, lastReply);
        }
        return understander.understand(text, context).toCompletableFuture()
                .exceptionally(e -> new Understanding(List.of(), List.of(), false, "failed"))
                .thenCompose(this::act);
    }

    private synchronized CompletionStage<TurnResult> act(Understanding u) {
        // A question in between ("how much is it?") leaves the agent's own question waiting.
        if (!u.calls().stream().allMatch(c -> c instanceof ToolCall.AnswerQuestion)) pending = null;
        TurnActions actions = new TurnActions();
        cost.tokens(u.tokens());
        for (ToolCall call : u.calls()) {
            if (call instanceof ToolCall.TransferToStaff) actions.transfer = true;
            else if (call instanceof ToolCall.Repeat) actions.repeat = true;
            else if (call instanceof ToolCall.AnswerQuestion q) {
                actions.answers.add(Answers.answer(q.question(), tenant, order, now()));
            } else {
                actions.orderCalls++;
                Applied applied = desk.apply(order, call, tenant.phases().decide(order).allowed());
                order = applied.order();
                actions.notes.addAll(applied.notes());
                applied.notes().forEach(this::holdFor);
            }
        }
        u.notOnMenu().forEach(w -> actions.notes.add(new Note.NotOnMenu(w)));
        misunderstood = actions.understoodNothing() ? misunderstood + 1 : 0;
        Map<String, Object> facts = Map.of("understoodBy", u.source());
        if (actions.transfer || misunderstood >= MISUNDERSTOOD_LIMIT) {
            transferTo = tenant.transferNumber();
            return finish("transferred", "Sure, let me connect you with someone at the restaurant. One moment.");
        }
        if (order.status() == OrderStatus.CANCELLED) {
            return finish("cancelled", "Okay, I've cancelled that order. Thanks for calling " + tenant.name() + "!");
        }
        if (order.status() == OrderStatus.PLACED) return placed(facts);
        if (actions.repeat && !lastReply.isEmpty()) {
            say(lastReply, facts);
            return CompletableFuture.completedFuture(result());
        }
        Reply reply = writer.write(actions, tenant.phases().decide(order), order, bill(), now());
        if (reply.readBack()) order = order.readBack();
        say(reply.text(), facts);
        return CompletableFuture.completedFuture(result());
    }

    private void holdFor(Note note) {
        if (note instanceof Note.NeedsDetail d) pending = new Pending.Detail(d.request(), d.missing());
        else if (note instanceof Note.QuantityToConfirm q) pending = new Pending.Quantity(q.request());
        else if (note instanceof Note.AddressNeeded) pending = new Pending.Address();
    }

    /**
     * A channel that can start the reply while the order it announces is being stored: acknowledge at once,
     * synthesise the rest and hold it. Called before the store is asked, on the thread that understood the turn.
     */
    public void onReplyAwaitingStorage(java.util.function.Consumer<StoringReply> prepare) {
        awaitingStorage = prepare;
    }

    /**
     * The order (and its lines) is committed before the caller hears it is placed; the call's record is
     * written right after, off the caller's wait. The caller is acknowledged at once, so the commit is not
     * a silence. If the order cannot be stored the caller goes to staff.
     */
    private CompletionStage<TurnResult> placed(Map<String, Object> facts) {
        ended = true;
        outcome = "placed";
        StoringReply reply = new StoringReply(StoringReply.ACKNOWLEDGMENT, writer.prompt(tenant.phases().decide(order), order, bill(), now()));
        say(reply.text(), facts);
        Map<String, Object> placedOrder = pizzeria.order.OrderView.of(order, bill());
        CompletionStage<Void> stored = writes.then(() -> journal.placeOrder(tenant.id(), placedOrder));
        awaitingStorage.accept(reply);
        return stored.handle((ok, error) -> {
            synchronized (this) {
                if (error != null) {
                    order = order.withStatus(OrderStatus.OPEN);
                    transcript.remove(transcript.size() - 1);
                    transferTo = tenant.transferNumber();
                    outcome = "transferred";
                    say("I'm sorry, I couldn't put the order through. Let me connect you with someone who can.", facts);
                }
                save();
                return result();
            }
        });
    }

    private synchronized CompletionStage<TurnResult> finish(String how, String text) {
        ended = true;
        outcome = how;
        say(text, Map.of());
        return save().handle((ok, error) -> result());
    }

    private CompletionStage<Void> save() {
        return writes.record(() -> journal.save(tenant.id(), this::record));
    }

    /** Completes once every write of this call asked for so far is done (failed or not): for readers of the stored record. */
    public CompletionStage<Void> recordsWritten() {
        return writes.settled();
    }

    /** Writes the record of an ended call again, with facts learnt after it ended (the last turn's latency). */
    public synchronized CompletionStage<Void> saveAgain() {
        return ended ? save() : CompletableFuture.completedFuture(null);
    }

    private void say(String text, Map<String, Object> facts) {
        String phase = ended && !"placed".equals(outcome) ? outcome : tenant.phases().decide(order).id();
        phasesVisited.add(phase);
        transcript.add(new TranscriptLine("agent", text, phase, clock.instant(), facts));
        lastReply = text;
    }

    private ZonedDateTime now() {
        return localStart.plus(Duration.between(startedAt, clock.instant()));
    }

    private Bill bill() {
        return desk.bill(order);
    }

    public synchronized TurnResult result() {
        String phase = ended && !"placed".equals(outcome) ? outcome : tenant.phases().decide(order).id();
        String orderId = order.status() == OrderStatus.PLACED ? order.orderId() : null;
        return new TurnResult(lastReply, phase, order, bill(), ended, orderId, transferTo);
    }

    public synchronized Map<String, Object> record() {
        Instant end = ended ? clock.instant() : null;
        long seconds = "phone".equals(id.channel()) ? Duration.between(startedAt, end == null ? clock.instant() : end).toSeconds() : 0;
        return CallRecord.of(id, tenant, startedAt, end, outcome, transferTo, List.copyOf(phasesVisited), order, bill(),
                List.copyOf(transcript), cost.breakdown(prices, seconds));
    }

    /** What this call uses of each provider; the phone adds audio and speech as they happen. */
    public CallCost cost() { return cost; }

    public CallIdentity identity() { return id; }
    public Tenant tenant() { return tenant; }
    public synchronized boolean ended() { return ended; }
}
