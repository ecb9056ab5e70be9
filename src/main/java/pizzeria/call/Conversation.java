package pizzeria.call;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import pizzeria.flow.Phase;
import pizzeria.order.Applied;
import pizzeria.order.Bill;
import pizzeria.order.Fulfillment;
import pizzeria.order.Note;
import pizzeria.order.Order;
import pizzeria.order.OrderDesk;
import pizzeria.order.OrderStatus;
import pizzeria.order.Tool;
import pizzeria.order.ToolCall;
import pizzeria.tenant.Tenant;
import pizzeria.understand.Pending;
import pizzeria.understand.TurnContext;
import pizzeria.understand.UnderstoodBy;
import pizzeria.understand.Understanding;

/**
 * One restaurant's conversation as a pure function: a call's state and an event in, the next state, the
 * reply and the effects out. Every tool call is checked by the order desk against the phase machine; an
 * order is announced as placed only in a held part that waits for its commit. No locks, futures or I/O:
 * the {@link CallSession} around it orders the events and carries out the effects.
 */
public final class Conversation {
    /** Turns in a row without progress before the call goes to staff; the one before it spells out the choices. */
    private static final int STALL_LIMIT = 3;
    /** Caller turns before a call that never ends goes to staff: no conversation loops for ever. */
    static final int CALLER_TURN_LIMIT = 40;
    /** "Are you still there?" this many times, then a polite goodbye. */
    private static final int SILENCE_PROMPTS = 2;

    private final Tenant tenant;
    private final OrderDesk desk;
    private final ReplyWriter writer;

    public Conversation(Tenant tenant) {
        this.tenant = tenant;
        this.desk = new OrderDesk(tenant.menu(), tenant.priceRules());
        this.writer = new ReplyWriter(tenant);
    }

    /** A call that has just come in; a restaurant that neither delivers nor asks starts every order as pickup. */
    public CallState begin(CallIdentity id, Instant startedAt, ZonedDateTime localStart) {
        Order order = Order.open(id.orderId(), tenant.id(), id.from());
        if (!tenant.priceRules().deliveryOffered() && tenant.phases().rules().stream()
                .noneMatch(r -> r.tools().contains(Tool.SET_FULFILLMENT))) {
            order = order.withFulfillment(Fulfillment.pickup());
        }
        return new CallState(id, startedAt, localStart, order, null, List.of(), List.of(), false, null, null, null, 0, 0, List.of(), List.of());
    }

    public Step next(CallState state, CallEvent event, Instant at) {
        Turn t = new Turn(state, at);
        if (event instanceof CallEvent.CutOff c) return t.cutOff(c.heard());
        if (event instanceof CallEvent.Timed timed) return t.timed(timed);
        if (event instanceof CallEvent.OrderStored) return t.step(null, List.of(new Effect.SaveRecord()));
        if (event instanceof CallEvent.OrderFailed) return t.orderFailed();
        if (state.ended()) return Step.quiet(state);
        if (event instanceof CallEvent.Open) return t.open();
        if (event instanceof CallEvent.Heard h) {
            t.transcript.add(TranscriptLine.caller(h.text(), t.phase().id(), h.at()));
            return t.act(h.understanding(), h.out());
        }
        if (event instanceof CallEvent.StaffAsked s) {
            return t.act(new Understanding(List.of(new ToolCall.TransferToStaff(s.reason())), List.of(), true, UnderstoodBy.CHANNEL));
        }
        if (event instanceof CallEvent.Silence s) return t.silence(s.nth());
        if (event instanceof CallEvent.HungUp) {
            t.end(Outcome.HUNG_UP);
            return t.step(null, List.of(new Effect.SaveRecord()));
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    /** What an understander may know when it reads the caller's next words. */
    public TurnContext context(CallState state) {
        String last = state.lastReply() == null ? "" : state.lastReply().text();
        return new TurnContext(tenant.phases().decide(state.order()), state.order(), state.pending(), last, state.waiting());
    }

    public Bill bill(CallState state) {
        return desk.bill(state.order());
    }

    /** The phase the call is in, or how it ended (a placed order's call stays in its last phase). */
    public String phase(CallState state) {
        return state.ended() && state.outcome() != Outcome.PLACED ? state.outcome().wire()
                : tenant.phases().decide(state.order()).id();
    }

    /** One step being worked out: a private, mutable copy of the state, turned back into a value at the end. */
    private final class Turn {
        private final CallState before;
        private final Instant at;
        private final List<TranscriptLine> transcript;
        private final LinkedHashSet<String> phases;
        private Order order;
        private Pending pending;
        private final List<Pending.Detail> waiting;
        private final List<ToolCall> early;
        private boolean ended;
        private Outcome outcome;
        private String transferTo;
        private Reply lastReply;
        private int stalled;
        private int callerTurns;
        /** What the restaurant is out of during this step. */
        private pizzeria.order.Availability out = pizzeria.order.Availability.NONE;

        Turn(CallState s, Instant at) {
            this.before = s;
            this.at = at;
            this.transcript = new ArrayList<>(s.transcript());
            this.phases = new LinkedHashSet<>(s.phasesVisited());
            this.order = s.order();
            this.pending = s.pending();
            this.waiting = new ArrayList<>(s.waiting());
            this.early = new ArrayList<>(s.early());
            this.ended = s.ended();
            this.outcome = s.outcome();
            this.transferTo = s.transferTo();
            this.lastReply = s.lastReply();
            this.stalled = s.stalled();
            this.callerTurns = s.callerTurns();
        }

        Step open() {
            if (!tenant.hours().isOpen(before.localStart())) {
                String closed = Templates.render(tenant.voice().closedMessage(), tenant, order, bill(), now());
                return finish(Outcome.CLOSED, Sentence.dynamic(closed), null);
            }
            return say(Sentence.fixedByTenant(tenant.voice().greeting()), null);
        }

        Step act(Understanding u) {
            return act(u, pizzeria.order.Availability.NONE);
        }

        Step act(Understanding u, pizzeria.order.Availability out) {
            this.out = out.at(at);
            // A question in between ("how much is it?") leaves the agent's own question waiting.
            if (!u.calls().stream().allMatch(c -> c instanceof ToolCall.AnswerQuestion)) pending = null;
            TurnActions actions = new TurnActions();
            actions.out = this.out;
            for (ToolCall call : u.calls()) {
                Pending unfinished = call instanceof ToolCall.DoneOrdering ? unfinished() : null;
                if (unfinished != null) {
                    // "that's it" with a line still waiting on us: the line is asked about again, never dropped.
                    actions.orderCalls++;
                    actions.unfinished = unfinished;
                    waiting.remove(unfinished);
                    pending = unfinished;
                }
                else if (call instanceof ToolCall.TransferToStaff) actions.transfer = true;
                else if (call instanceof ToolCall.Repeat) actions.repeat = true;
                else if (call instanceof ToolCall.AnswerQuestion q) {
                    actions.answers.add(Answers.answer(q.question(), tenant, order, now()));
                } else if (answersLater(call)) {
                    actions.orderCalls++;
                    early.add(call);
                } else {
                    apply(call, actions);
                }
            }
            // Answers given early are taken as soon as the call reaches the phase that asks for them.
            for (boolean took = true; took; ) {
                took = false;
                for (ToolCall call : List.copyOf(early)) {
                    if (!phase().allows(call.tool())) continue;
                    early.remove(call);
                    apply(call, actions);
                    took = true;
                }
            }
            waiting.removeAll(u.answered());
            // The caller went on to more of the order without answering ("oh and a can of diet coke" when asked the salad's
            // dressing): the item asked about waits its turn again rather than being dropped.
            if (before.pending() instanceof Pending.Detail asked && pending != asked
                    && actions.notes.stream().anyMatch(n -> n instanceof Note.Added || n instanceof Note.NeedsDetail) && !waiting.contains(asked)
                    && actions.notes.stream().noneMatch(n -> n instanceof Note.Added a && a.line().item().itemId().equals(asked.request().itemId()))
                    && actions.notes.stream().noneMatch(n -> n instanceof Note.NeedsDetail d && d.request().itemId().equals(asked.request().itemId()))) {
                waiting.add(0, asked);
            }
            u.notOnMenu().forEach(w -> actions.notes.add(new Note.NotOnMenu(w)));
            if (actions.orderCalls > 0) actions.unheard.addAll(u.unheard());
            actions.heldBack.addAll(u.heldBack());
            // The pending question answered, the next item held back for a detail is asked about.
            if (pending == null && !waiting.isEmpty() && phase().allows(Tool.ADD_ITEM)) {
                Pending.Detail next = waiting.remove(0);
                pending = next;
                actions.askNext = next;
            }
            // Which of several items was meant is asked first, its answer read against what was said; a detail
            // question it displaces waits its turn ("a twelve piece hot and a root beer": which wings, then the size).
            var choosing = u.heldBack().stream().filter(h -> !h.candidates().isEmpty()).findFirst();
            if (choosing.isPresent() && phase().allows(Tool.ADD_ITEM) && (pending == null || pending instanceof Pending.Detail)) {
                if (pending instanceof Pending.Detail d) waiting.add(0, d);
                actions.askNext = null;
                actions.asksWhichItem = true;
                pending = new Pending.Choice(choosing.get().candidates());
            }
            // A line asked to be said again stays open until the caller says it again or moves on to something else.
            var sayAgain = u.heldBack().stream().filter(h -> h.candidates().isEmpty()).findFirst();
            if (pending == null && actions.askNext == null && !actions.asksWhichItem && sayAgain.isPresent()
                    && phase().allows(Tool.ADD_ITEM)) {
                pending = new Pending.Again(sayAgain.get());
            }
            // Progress is a changed order or an answered question; anything else (nothing understood, a line held
            // back, something not on the menu, "that's all" with nothing ordered) is a stall. A repeat is neither.
            boolean progressed = !order.equals(before.order()) || !actions.answers.isEmpty() || !early.equals(before.early());
            stalled = progressed ? 0 : actions.repeat ? stalled : stalled + 1;
            callerTurns++;
            actions.spellOutChoices = stalled == STALL_LIMIT - 1;
            UnderstoodBy by = u.source();
            // A call that ends here records no understander with its goodbye, as it always has.
            if (actions.transfer || stalled >= STALL_LIMIT || callerTurns >= CALLER_TURN_LIMIT) {
                transferTo = tenant.transferNumber();
                return finish(Outcome.TRANSFERRED, List.of(Sentence.of(Line.CONNECTING), Sentence.of(Line.ONE_MOMENT)), null);
            }
            if (order.status() == OrderStatus.CANCELLED) {
                List<Sentence> bye = new ArrayList<>(List.of(Sentence.of(Line.CANCELLED)));
                bye.addAll(Sentence.dynamic("Thanks for calling " + tenant.name() + "!"));
                return finish(Outcome.CANCELLED, bye, null);
            }
            if (order.status() == OrderStatus.PLACED) return placed(by);
            if (actions.repeat && lastReply != null) return say(lastReply.sentences(), by);
            Phase phase = phase();
            ReplyWriter.Written reply = writer.write(actions, phase, order, bill(), now());
            if (!reply.asks() && phase.allows(Tool.PLACE_ORDER)) order = order.readBack();
            return say(reply.sentences(), by);
        }

        /** The question about a line that is still open: asked this turn, asked before, or waiting its turn; or null. */
        private Pending unfinished() {
            if (isAboutALine(pending)) return pending;
            if (isAboutALine(before.pending())) return before.pending();
            return waiting.isEmpty() ? null : waiting.get(0);
        }

        private static boolean isAboutALine(Pending p) {
            return p instanceof Pending.Detail || p instanceof Pending.Choice || p instanceof Pending.Again;
        }

        private void apply(ToolCall call, TurnActions actions) {
            actions.orderCalls++;
            Applied applied = desk.apply(order, call, phase().allowed(), out);
            order = applied.order();
            actions.notes.addAll(applied.notes());
            applied.notes().forEach(this::holdFor);
        }

        /** A name or the way of fulfilment said before the call asks for it: kept for its phase, not refused. */
        private boolean answersLater(ToolCall call) {
            return (call instanceof ToolCall.SetFulfillment || call instanceof ToolCall.SetCustomerName)
                    && !phase().allows(call.tool()) && !order.isEmpty();
        }

        /**
         * The caller hears at once an acknowledgment that is true whatever the store says; "your order is in"
         * is held until the order is committed.
         */
        private Step placed(UnderstoodBy by) {
            List<Sentence> onceStored = writer.prompt(phase(), order, bill(), now());
            end(Outcome.PLACED);
            Reply reply = new Reply(List.of(Sentence.of(Line.ONE_MOMENT)), onceStored, Expecting.NOTHING);
            record(reply, by);
            return step(reply, List.of(new Effect.PlaceOrder(new PlacedOrder(order, bill()))));
        }

        /** The order could not be stored: the caller never heard it was in; they hear why, and go to staff. */
        Step orderFailed() {
            UnderstoodBy by = null;
            if (!transcript.isEmpty() && transcript.get(transcript.size() - 1).speaker() == Party.AGENT) {
                by = transcript.remove(transcript.size() - 1).understoodBy();
            }
            order = order.withStatus(OrderStatus.OPEN);
            transferTo = tenant.transferNumber();
            outcome = Outcome.TRANSFERRED;
            Reply reply = Reply.of(List.of(Sentence.of(Line.ORDER_NOT_STORED), Sentence.of(Line.CONNECTING_AFTER_FAILURE)), Expecting.NOTHING);
            record(reply, by);
            return step(reply, List.of(new Effect.SaveRecord(), new Effect.Transfer(transferTo)));
        }

        Step silence(int nth) {
            if (nth <= SILENCE_PROMPTS) return say(List.of(Sentence.of(Line.STILL_THERE)), UnderstoodBy.CHANNEL);
            Reply bye = Reply.of(List.of(Sentence.of(Line.LETTING_GO), Sentence.of(Line.CALL_BACK)), Expecting.NOTHING);
            record(bye, UnderstoodBy.CHANNEL);
            end(Outcome.HUNG_UP);
            return step(bye, List.of(new Effect.SaveRecord(), new Effect.EndCall()));
        }

        Step cutOff(String heard) {
            int last = lastAgentLine();
            if (last >= 0) transcript.set(last, transcript.get(last).cutTo(heard));
            return step(null, List.of());
        }

        Step timed(CallEvent.Timed timed) {
            int last = lastAgentLine();
            if (last >= 0) transcript.set(last, transcript.get(last).timed(timed.latency()));
            // An ended call's record is written again with what was learnt after it ended.
            return step(null, ended ? List.of(new Effect.SaveRecord()) : List.of());
        }

        private Step finish(Outcome how, List<Sentence> sentences, UnderstoodBy by) {
            end(how);
            Reply reply = Reply.of(sentences, Expecting.NOTHING);
            record(reply, by);
            List<Effect> effects = new ArrayList<>(List.of(new Effect.SaveRecord()));
            effects.add(transferTo != null ? new Effect.Transfer(transferTo) : new Effect.EndCall());
            return step(reply, effects);
        }

        private Step say(List<Sentence> sentences, UnderstoodBy by) {
            Reply reply = Reply.of(sentences, expecting());
            record(reply, by);
            return step(reply, List.of());
        }

        private void end(Outcome how) {
            ended = true;
            outcome = how;
        }

        private void record(Reply reply, UnderstoodBy by) {
            String phase = ended && outcome != Outcome.PLACED ? outcome.wire() : phase().id();
            phases.add(phase);
            transcript.add(TranscriptLine.agent(reply.text(), phase, at, by));
            lastReply = reply;
        }

        /** What the caller is asked for now: the phase decides (an address while fulfilment is taken). */
        private Expecting expecting() {
            if (ended) return Expecting.NOTHING;
            Phase phase = phase();
            if (phase.allows(Tool.SET_FULFILLMENT)) return Expecting.ADDRESS;
            if (pending instanceof Pending.Quantity || phase.allows(Tool.CONFIRM_ORDER) || phase.allows(Tool.PLACE_ORDER)) {
                return Expecting.YES_NO;
            }
            if (phase.allows(Tool.SET_CUSTOMER_NAME)) return Expecting.NAME;
            return Expecting.MENU;
        }

        private void holdFor(Note note) {
            if (note instanceof Note.NeedsDetail d) {
                Pending.Detail detail = new Pending.Detail(d.request(), d.missing());
                if (pending instanceof Pending.Detail) waiting.add(detail);
                else pending = detail;
            }
            else if (note instanceof Note.QuantityToConfirm q) pending = new Pending.Quantity(q.request());
            else if (note instanceof Note.AddressNeeded) pending = new Pending.Address();
        }

        private int lastAgentLine() {
            for (int i = transcript.size() - 1; i >= 0; i--) if (transcript.get(i).speaker() == Party.AGENT) return i;
            return -1;
        }

        private Phase phase() {
            return tenant.phases().decide(order);
        }

        private Bill bill() {
            return desk.bill(order);
        }

        private ZonedDateTime now() {
            return before.localStart().plus(Duration.between(before.startedAt(), at));
        }

        private Step step(Reply reply, List<Effect> effects) {
            CallState after = new CallState(before.id(), before.startedAt(), before.localStart(), order, pending, waiting, early, ended,
                    outcome, transferTo, lastReply, stalled, callerTurns, transcript, List.copyOf(phases));
            return new Step(after, reply, effects);
        }
    }
}
