package pizzeria.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import pizzeria.flow.Phase;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.Menu;
import pizzeria.menu.MenuItem;
import pizzeria.menu.MenuSection;
import pizzeria.menu.PricedItem;
import pizzeria.menu.Sense;
import pizzeria.order.Fulfillment;
import pizzeria.order.LineTarget;
import pizzeria.order.Order;
import pizzeria.order.OrderLine;
import pizzeria.order.Question;
import pizzeria.order.Tool;
import pizzeria.order.ToolCall;
import pizzeria.order.ToolCall.*;

/**
 * The embedded understander: a deterministic parser built from the tenant's menu plugins. No model, no
 * key, no network: it reads intents from fixed phrases and items from the plugins' grammars.
 */
public final class LocalUnderstander implements Understander {
    public static final UnderstoodBy SOURCE = UnderstoodBy.LOCAL;
    /** Words that say an answer holds for every item it could ("both large"). */
    private static final java.util.Set<String> OF_ALL = java.util.Set.of("both", "all", "each", "them");
    /** Words that point at a line already said: "take that off", "scratch the last one". */
    private static final java.util.Set<String> POINTING = java.util.Set.of("that", "it", "this", "last", "those", "them", "one");
    private static final java.util.Set<String> PLEASE = java.util.Set.of("please", "uh", "um", "oh", ",", ".", "!");

    private final Menu menu;
    private final Lexicon lexicon;
    private final MentionReader reader;
    private final QuestionReader questions;
    private final SelfRepairs repairs;
    private final References references;
    private final Patches patches;
    private final CartLines cart;

    public LocalUnderstander(Menu menu) {
        this.menu = menu;
        this.lexicon = new Lexicon(menu);
        this.reader = new MentionReader(lexicon);
        this.questions = new QuestionReader(reader, menu);
        this.repairs = new SelfRepairs(lexicon);
        this.references = new References(menu, lexicon, reader);
        this.patches = new Patches(menu);
        this.cart = new CartLines(menu, lexicon, patches);
    }

    @Override
    public CompletionStage<Understanding> understand(String utterance, TurnContext context) {
        return CompletableFuture.completedFuture(read(utterance, context));
    }

    /**
     * Reads the utterance once into labelled spans, then decides what the turn is by rules over those labels, in
     * order: a person asked for, a repeat, a cancel, a question, an answer to a pending question, the way the order
     * is fulfilled, a name, and otherwise what is ordered.
     */
    public Understanding read(String utterance, TurnContext ctx) {
        Utterance u = Utterance.label(repairs.apply(Words.tokens(utterance)), lexicon);
        if (u.has(Cue.TRANSFER)) return only(new TransferToStaff("the caller asked for a person"));
        if (u.has(Cue.REPEAT) || saidAlone(u, BARE_REPEAT)) return only(new Repeat());
        boolean removing = u.has(Cue.REMOVE) && !u.removalInsideAnOrder();
        if (u.has(Cue.CANCEL_ALL) || (!removing && u.has(Cue.CANCEL))) return only(new CancelOrder());
        List<Question> asked = questions.readAll(u);
        if (!asked.isEmpty()) return new Understanding(asked.stream().map(q -> (ToolCall) new AnswerQuestion(q)).toList(), List.of(), true, SOURCE);
        if (ctx.pending() instanceof Pending.Quantity pq) {
            if (u.leads(Cue.YES)) return only(new AddItem(pq.request(), true));
            if (u.leads(Cue.NO)) return new Understanding(List.of(), List.of(), true, SOURCE);
        }
        // Several answers in one breath ("pickup, name's Carla"): the one asked for now first, the other kept for later.
        Optional<ToolCall> fulfillment = fulfillment(utterance, u, ctx);
        Optional<ToolCall> name = name(u, ctx);
        if (fulfillment.isPresent() || name.isPresent()) {
            List<ToolCall> calls = new ArrayList<>();
            if (ctx.phase().allows(Tool.SET_CUSTOMER_NAME)) { name.ifPresent(calls::add); fulfillment.ifPresent(calls::add); }
            else { fulfillment.ifPresent(calls::add); name.ifPresent(calls::add); }
            return new Understanding(calls, List.of(), true, SOURCE);
        }
        if (asksName(ctx) && !u.leads(Cue.YES) && !u.leads(Cue.NO)) return new Understanding(List.of(), List.of(), false, SOURCE);
        return items(u, ctx, removing);
    }

    /** "what?", "sorry?", "wait, what": a word that asks for our last line again only when said alone. */
    private static final java.util.Set<String> BARE_REPEAT = java.util.Set.of("what", "sorry", "repeat", "pardon", "hello");
    private static final java.util.Set<String> AROUND_ALONE = java.util.Set.of("uh", "um", "hmm", "oh", "wait", "hold", "on",
            "i'm", "im", ",", ".", "?", "!", "huh", "sorry", "what");

    private static boolean saidAlone(Utterance u, java.util.Set<String> words) {
        List<String> said = u.tokens().stream().map(Token::text).toList();
        return !said.isEmpty() && said.stream().anyMatch(words::contains) && said.stream().allMatch(w -> words.contains(w) || AROUND_ALONE.contains(w));
    }

    private static boolean asksName(TurnContext ctx) {
        return ctx.phase().allows(Tool.SET_CUSTOMER_NAME) && ctx.order().customerName() == null;
    }

    /**
     * The name, when the call asks for it ("Mike", "it's for Maria"), or when it is introduced as one ("delivery,
     * name's Marcus") once the ordering is over.
     */
    private Optional<ToolCall> name(Utterance u, TurnContext ctx) {
        if (ctx.order().customerName() != null || u.leads(Cue.YES) || u.leads(Cue.NO)) return Optional.empty();
        boolean pastOrdering = ctx.phase().allows(Tool.SET_FULFILLMENT) || ctx.phase().allows(Tool.SET_CUSTOMER_NAME);
        if (!pastOrdering) return Optional.empty();
        Optional<String> n = asksName(ctx) ? NameReader.read(u.withoutFillers()) : NameReader.introduced(u.withoutFillers());
        return n.map(SetCustomerName::new);
    }

    private Understanding items(Utterance u, TurnContext ctx, boolean removing) {
        boolean changing = u.has(Cue.CHANGE);
        // The cues acted on are not read as order words: "that's all", "make it", a removal, a leading yes or no.
        // Inside an order a removal cue is a "without" the grammar reads.
        Span.Said leadingAnswer = leadingAnswer(u);
        // "... and twenty hot wings, delivered to 88 east 13th avenue 43201": the address after "delivered" is the
        // way the order is fulfilled, not part of the wings; "for pickup" likewise. Kept until the call asks.
        Optional<ToolCall> early = Optional.empty();
        List<Span> said = u.spans();
        int delivery = u.firstAt(Cue.DELIVERY);
        if (delivery >= 0 && u.hasUndenied(Cue.DELIVERY)) {
            String after = Words.join(u.tokens(delivery + 1, said.size()));
            Optional<String> street = AddressReader.street(after);
            Optional<String> zip = AddressReader.zip(after);
            // "delivery to 412 7th avenue, 11215. an extra large pepperoni ...": the address ends at its zip, and what
            // follows is the order again.
            int zipAt = zip.isPresent() ? spanOfZip(said, delivery, zip.get()) : -1;
            if (zipAt >= 0) street = AddressReader.street(Words.join(u.tokens(delivery + 1, zipAt + 1))).or(() -> AddressReader.street(after));
            early = Optional.of(new SetFulfillment(Fulfillment.Type.DELIVERY, street.orElse(null), zip.orElse(null)));
            if (zipAt >= 0) {
                List<Span> kept = new ArrayList<>(said.subList(0, delivery));
                kept.addAll(said.subList(zipAt + 1, said.size()));
                said = kept;
            } else if (street.isPresent() || zip.isPresent()) said = said.subList(0, delivery);
        } else if (u.hasUndenied(Cue.PICKUP) && !u.has(Cue.REMOVE)) {
            early = Optional.of(new SetFulfillment(Fulfillment.Type.PICKUP, null, null));
        }
        // "the side one" asked "side or large?": a short answer naming one of the choices just offered, before it could
        // be taken for an item named with that word (a side salad)
        if (ctx.pending() instanceof Pending.Detail pd && u.tokens().size() <= 5 && delivery < 0
                && u.tokens().stream().noneMatch(t -> OF_ALL.contains(t.text()))) {
            Optional<ItemRequest> choice = choiceByWords(pd, spokenWords(u));
            if (choice.isPresent()) return new Understanding(List.of(new AddItem(filled(pd, choice.get()))), List.of(), true, SOURCE);
        }
        // "a small one of those", "the mushroom one": read as the item meant, in the place the caller said it
        References.Resolved resolved = references.resolve(said, u, ctx);
        said = resolved.spans();
        Optional<ItemRequest> named = resolved.named();
        // A change cue that is also a menu phrase ("instead of" is a pizza's "without") is read as that phrase.
        // An approval inside an order ("the mushroom one sounds good") carries nothing either.
        // "same thing but with mushrooms", with something ordered: the cue says which line, its words order nothing
        boolean sameAgain = u.has(Cue.AGAIN) && !ctx.order().isEmpty();
        Reading reading = reader.read(said, s -> s == leadingAnswer || s.is(Cue.DONE) || (s.is(Cue.CHANGE) && s.menu() == null)
                || (s.is(Cue.YES) && s.menu() == null) || (sameAgain && s.is(Cue.AGAIN) && s.menu() == null)
                || s.is(Cue.PICKUP) || s.is(Cue.DELIVERY) || s.is(Cue.THAT_ONE) || (removing && s.is(Cue.REMOVE)));
        // "one of those" with nothing just named to refer to is not guessed at
        if (u.has(Cue.THAT_ONE) && named.isEmpty()) {
            return new Understanding(List.of(), List.of(), false, SOURCE, TokenUsage.NONE, List.of(),
                    List.of(new HeldBack("one of those", null)));
        }
        Order order = ctx.order();
        List<ToolCall> calls = new ArrayList<>();
        List<Pending.Detail> answersWaiting = new ArrayList<>();
        List<HeldBack> ambiguous = new ArrayList<>();
        boolean ofAll = u.tokens().stream().anyMatch(t -> OF_ALL.contains(t.text()));
        List<ItemRequest> sharedAnswer = ctx.pending() instanceof Pending.Detail pd && reading.mentions().isEmpty()
                ? sharedOut(pd, reading) : List.of();
        if (!sharedAnswer.isEmpty()) {
            // "one sweet and one unsweet" for two iced teas: the answer shares the line out
            sharedAnswer.forEach(r -> calls.add(new AddItem(r)));
        } else if (ctx.pending() instanceof Pending.Detail pd && fillsDetail(reading, pd)) {
            calls.add(new AddItem(filled(pd, reading)));
            // "both large", "make them all small": said of every item waiting for the same detail
            if (ofAll) {
                for (Pending.Detail w : ctx.waiting()) {
                    if (!w.missing().detail().equals(pd.missing().detail()) || !fillsDetail(reading, w)) continue;
                    calls.add(new AddItem(filled(w, reading)));
                    answersWaiting.add(w);
                }
            }
            // "sausage and peppers, and ranch on the salad": details the item asked about does not take may complete
            // another item waiting for them
            List<Pending.Detail> open = new ArrayList<>(ctx.waiting());
            open.removeAll(answersWaiting);
            for (Reading.Loose loose : reading.mentions().isEmpty() ? reading.looseGroups() : List.<Reading.Loose>of()) {
                if (!takenBy(pd.request().itemId(), loose)) completeWaiting(loose, open, ctx, calls, answersWaiting);
            }
        } else if (ctx.pending() instanceof Pending.Detail pd && reading.mentions().isEmpty()
                && reading.looseGroups().stream().allMatch(l -> l.phrases().isEmpty() && l.numbers().equals(List.of(1)))
                && choiceByWords(pd, spokenWords(u)).isPresent()) {
            // "the lavender one" for "lavender blueberry", "just the side one": words of one choice alone, among those just
            // offered
            calls.add(new AddItem(filled(pd, choiceByWords(pd, spokenWords(u)).get())));
            return new Understanding(calls, List.of(), true, SOURCE);
        } else if (u.has(Cue.AGAIN) && !order.isEmpty() && reading.mentions().isEmpty() && reading.held().isEmpty()) {
            // "same again": the last line once more, as it was; "another one just like it but on the regular crust": with
            // what is said changed
            PricedItem last = order.lines().get(order.lines().size() - 1).item();
            ItemRequest again = new ItemRequest(last.itemId(), last.size(), order.lines().get(order.lines().size() - 1).quantity(), last.options());
            if (!reading.looseGroups().isEmpty()) {
                ItemRequest change = patches.of(last.itemId(), reading.loose(), List.of());
                again = menu.item(last.itemId()).orElseThrow().merge(again, change);
            }
            calls.add(new AddItem(again));
        } else if ((removing || changing) && !reading.held().isEmpty()) {
            // a removal or change with words in it that fit nothing touches no line: the caller is asked again
        } else if (removing) {
            reading.mentions().forEach(m -> calls.add(new RemoveItem(LineTarget.like(m.request()))));
            // "take off the eggplant one": words that name no item alone may still be in the name of one line of the
            // cart; with words that fit no line, the newest line is not guessed at (the caller is asked again).
            if (reading.mentions().isEmpty() && !reading.unheard().isEmpty()) {
                cart.lineNamed(order, reading.unheard()).ifPresent(id -> calls.add(new RemoveItem(LineTarget.like(ItemRequest.of(id)))));
            } else if (reading.mentions().isEmpty() && !reading.loose().isEmpty()) {
                // "never mind the olives": the detail taken off the newest line that has it
                cart.withoutOnLine(order, reading.loose()).ifPresent(calls::add);
            } else if (reading.mentions().isEmpty() && u.tokens().stream().anyMatch(t -> POINTING.contains(t.text()))) {
                // "take that off", "scratch the last one": the newest line; a removal that points at nothing ("no more,
                // thanks") removes nothing
                calls.add(new RemoveItem(LineTarget.last()));
            }
        } else if (changing && !order.isEmpty()) {
            if (ofAll && reading.mentions().isEmpty() && !reading.looseGroups().isEmpty()) {
                // "make both of those large": every line the change fits
                for (OrderLine line : order.lines()) {
                    if (fits(line.item().itemId(), reading.loose())) calls.add(new ChangeItem(LineTarget.line(line.lineId()), patches.of(line.item().itemId(), reading)));
                }
            }
            if (calls.isEmpty()) calls.addAll(changes(reading, order, ctx, answersWaiting));
        } else {
            List<ItemRequest> choosing = ctx.pending() instanceof Pending.Choice pc ? new ArrayList<>(pc.candidates()) : new ArrayList<>();
            // The detail asked for, said beside more of the order ("uh both large, and ten on the wings"): details
            // naming no item that complete the item asked about are its answer, not a line of their own.
            List<Reading.Loose> looseGroups = new ArrayList<>(reading.looseGroups());
            List<Pending.Detail> open = new ArrayList<>(ctx.waiting());
            if (ctx.pending() instanceof Pending.Detail pd) {
                open.add(0, pd);
                for (Reading.Loose loose : looseGroups) {
                    ItemRequest patch = patches.of(pd.request().itemId(), loose.meanings(), loose.numbers());
                    if (!completes(pd, patch)) continue;
                    looseGroups.remove(loose);
                    open.remove(pd);
                    calls.add(new AddItem(filled(pd, patch)));
                    for (Pending.Detail w : ofAll ? List.copyOf(open) : List.<Pending.Detail>of()) {
                        ItemRequest p = patches.of(w.request().itemId(), loose.meanings(), loose.numbers());
                        if (!w.missing().detail().equals(pd.missing().detail()) || !completes(w, p)) continue;
                        calls.add(new AddItem(filled(w, p)));
                        answersWaiting.add(w);
                        open.remove(w);
                    }
                    break;
                }
            }
            // "..., and ranch on the salad" with the salad waiting for its dressing: details naming no item, with no count,
            // that complete exactly one item waiting are its answer
            for (Reading.Loose loose : List.copyOf(looseGroups)) {
                if (completeWaiting(loose, open, ctx, calls, answersWaiting)) looseGroups.remove(loose);
            }
            for (Mention m : reading.mentions()) {
                // An item waiting for a detail, named again with it ("some wings" ... "and ten on the wings, mild"): that
                // line, completed, not a second one.
                Pending.Detail waited = open.stream().filter(w -> sameLine(w.request(), m.request()) && completes(w, m.request()))
                        .findFirst().orElse(null);
                if (waited != null) {
                    open.remove(waited);
                    if (waited != ctx.pending()) answersWaiting.add(waited);
                    calls.add(new AddItem(filled(waited, m.request())));
                    continue;
                }
                calls.add(new AddItem(chosen(m.request(), choosing)));
            }
            for (Reading.Loose loose : looseGroups) {
                List<String> fitting = fitting(loose);
                // "another sprite" with a can of Sprite in the cart: the one already ordered
                List<String> ordered = fitting.stream().filter(id -> order.lines().stream().anyMatch(l -> l.item().itemId().equals(id))).toList();
                if (fitting.size() > 1 && ordered.size() == 1) {
                    MenuSection section = menu.sectionOf(ordered.get(0));
                    calls.add(new AddItem(patches.of(ordered.get(0), loose.meanings().stream().filter(m -> m.section() == section).toList(), loose.numbers())));
                }
                // "a twelve piece hot" on a menu with wings and boneless wings: which one is asked, not guessed
                else if (fitting.size() > 1 && !genericFits(loose)) ambiguous.add(new HeldBack(spoken(loose), null, fitting.stream()
                        .map(id -> patches.of(id, loose.meanings().stream().filter(m -> m.section() == menu.sectionOf(id)).toList(), loose.numbers()))
                        .toList()));
                else {
                    Optional<ItemRequest> implied = implied(loose);
                    implied.ifPresent(r -> calls.add(new AddItem(r)));
                    // "a medium plain" that no item takes whole: asked again, never dropped in silence
                    if (implied.isEmpty() && fitting.isEmpty() && !loose.phrases().isEmpty()) ambiguous.add(new HeldBack(spoken(loose), null));
                }
            }
            if (!calls.isEmpty()) early.ifPresent(calls::add);
            // "one of those" after "a large Chicagoan is ...": the size we named, unless the caller gave another
            if (named.isPresent() && named.get().size() != null) {
                for (int i = 0; i < calls.size(); i++) {
                    if (calls.get(i) instanceof AddItem a && a.request().itemId().equals(named.get().itemId()) && a.request().size() == null) {
                        ItemRequest r = a.request();
                        calls.set(i, new AddItem(new ItemRequest(r.itemId(), named.get().size(), r.quantity(), r.options()), a.quantityConfirmed()));
                    }
                }
            }
        }
        boolean answered = false;
        if (calls.isEmpty() && reading.notOnMenu().isEmpty() && reading.held().isEmpty()) {
            // "yes and a large coke too" with the coke not understood is no bare yes: the caller is asked again.
            Optional<ToolCall> a = u.saysMenuWords() ? Optional.empty() : answer(u, ctx);
            a.ifPresent(calls::add);
            answered = a.isPresent();
        }
        boolean complete = !calls.isEmpty() && (answered ? u.onlyAnswers() : !reading.unexplained());
        // What was not caught is said back beside what was, so nothing is guessed in silence.
        List<String> unheard = calls.isEmpty() || answered ? List.of() : reading.unheard().stream()
                .filter(w -> !cart.namesAnAddedItem(w, calls.stream().filter(c -> c instanceof AddItem).map(c -> ((AddItem) c).request().itemId()).toList())).toList();
        // Precision first: a line with words inside it that fit nothing is not added; the caller is asked again.
        List<HeldBack> held = new ArrayList<>(answered ? List.of() : reading.held());
        held.addAll(ambiguous);
        return new Understanding(calls, reading.notOnMenu(), complete, SOURCE, TokenUsage.NONE, unheard, held, answersWaiting);
    }

    /** Where the zip code stands among the spans after the delivery cue, or -1. */
    private static int spanOfZip(List<Span> said, int delivery, String zip) {
        for (int i = delivery + 1; i < said.size(); i++) {
            if (said.get(i) instanceof Span.Quantity q && q.value() == Integer.parseInt(zip)) return i;
            if (said.get(i) instanceof Span.Word w && w.text().equals(zip)) return i;
        }
        return -1;
    }

    /**
     * The item asked about, of several, shared out by counts that add up to its quantity, each share completing it
     * ("one sweet and one unsweet" for two iced teas); empty when the answer is no such share-out.
     */
    private List<ItemRequest> sharedOut(Pending.Detail pd, Reading reading) {
        Integer quantity = pd.request().quantity();
        if (quantity == null || quantity < 2 || reading.looseGroups().size() < 2) return List.of();
        List<ItemRequest> shares = new ArrayList<>();
        int total = 0;
        for (Reading.Loose loose : reading.looseGroups()) {
            if (loose.numbers().size() != 1) return List.of();
            ItemRequest patch = patches.of(pd.request().itemId(), loose.meanings(), List.of());
            if (!completes(pd, patch)) return List.of();
            int k = loose.numbers().get(0);
            total += k;
            shares.add(filled(pd, patch).withQuantity(k));
        }
        return total == quantity ? shares : List.of();
    }

    /**
     * Details naming no item, with no count, that complete exactly one of the items still open: added as that item's
     * line, which is asked about no more. Whether they did.
     */
    private boolean completeWaiting(Reading.Loose loose, List<Pending.Detail> open, TurnContext ctx, List<ToolCall> calls,
                                    List<Pending.Detail> answered) {
        if (!loose.numbers().isEmpty()) return false;
        List<Pending.Detail> completed = open.stream()
                .filter(w -> completes(w, patches.of(w.request().itemId(), loose.meanings(), List.of()))).toList();
        if (completed.size() != 1) return false;
        Pending.Detail w = completed.get(0);
        open.remove(w);
        if (w != ctx.pending()) answered.add(w);
        calls.add(new AddItem(filled(w, patches.of(w.request().itemId(), loose.meanings(), List.of()))));
        return true;
    }

    private static final java.util.Set<String> AROUND_A_CHOICE = java.util.Set.of("the", "a", "an", "one", "just", "uh", "um",
            "i'll", "i", "take", "do", "have", "get", "please", "that", "it", "go", "with", "let's", "lets", "make", "maybe",
            "guess", "ok", "okay", "yeah", "yes", "sure", "like", "oh", "then", "for", "me", "we'll", "id", "i'd", "want", "can", ",", ".");

    /** The words said, but those around any answer ("just the side one": "side"). */
    private static List<String> spokenWords(Utterance u) {
        return List.of(String.join(" ", u.tokens().stream().filter(t -> !t.isNumber()).map(Token::text)
                .filter(w -> !AROUND_A_CHOICE.contains(w)).toList()));
    }

    /** The one choice just offered whose spoken name holds every word said ("lavender" for "lavender blueberry"). */
    private static Optional<ItemRequest> choiceByWords(Pending.Detail pd, List<String> unheard) {
        List<String> said = unheard.stream().flatMap(w -> java.util.Arrays.stream(w.split(" "))).filter(w -> !w.isBlank()).toList();
        // every word said that carries meaning is in the choice's name, and one word at least ("side" is a filler elsewhere)
        List<String> meant = said.stream().filter(w -> !MentionReader.FILLER.contains(w)).toList();
        List<String> choices = pd.missing().choices();
        List<String> spoken = pd.missing().spokenChoices();
        if (said.isEmpty() || choices.size() != spoken.size()) return Optional.empty();
        List<Integer> fit = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            List<String> words = Words.tokens(spoken.get(i)).stream().map(Token::text).toList();
            java.util.function.Predicate<String> inName = w -> words.stream().anyMatch(c -> c.equals(w) || FuzzyWord.same(w, c));
            if (meant.stream().allMatch(inName) && said.stream().anyMatch(inName)) fit.add(i);
        }
        if (fit.size() != 1) return Optional.empty();
        String id = pd.request().itemId();
        String choice = choices.get(fit.get(0));
        return Optional.of(pd.missing().detail().equals("size") ? new ItemRequest(id, choice, null, Map.of())
                : new ItemRequest(id, null, null, Map.of(pd.missing().detail(), choice)));
    }


    /** The yes or no the utterance opens with ("yes, and a coke"), if any: an answer, not an order word. */
    private static Span.Said leadingAnswer(Utterance u) {
        for (Span s : u.spans()) {
            if (s instanceof Span.Said said && said.is(Cue.FILLER)) continue;
            return s instanceof Span.Said said && (said.is(Cue.YES) || said.is(Cue.NO)) ? said : null;
        }
        return null;
    }

    /** A bare yes, no or "that's all", read by what the current phase is waiting for. */
    private static Optional<ToolCall> answer(Utterance u, TurnContext ctx) {
        Phase phase = ctx.phase();
        // a bare "please" to "shall I send it in?" is a yes
        // "no more, thanks": a no that opens the answer, whatever phrase it begins
        boolean no = u.leads(Cue.NO) || !u.tokens().isEmpty() && java.util.Set.of("no", "nope", "nah").contains(u.tokens().get(0).text());
        // "sounds great, yes": a short answer with a yes in it and no no
        boolean yes = u.leads(Cue.YES) || u.tokens().stream().map(Token::text).allMatch(w -> PLEASE.contains(w))
                && u.tokens().stream().anyMatch(t -> t.text().equals("please"))
                || !no && u.has(Cue.YES) && !u.has(Cue.NO) && u.tokens().size() <= 6;
        if (phase.allows(Tool.DONE_ORDERING) && !ctx.order().doneOrdering() && (u.has(Cue.DONE) || no)) {
            return Optional.of(new DoneOrdering());
        }
        if (phase.allows(Tool.CONFIRM_ORDER) && !ctx.order().cartConfirmed() && (yes || no)) {
            return Optional.of(new ConfirmOrder(yes && !no));
        }
        if (phase.allows(Tool.PLACE_ORDER) && yes) return Optional.of(new PlaceOrder());
        return Optional.empty();
    }

    private Optional<ToolCall> fulfillment(String utterance, Utterance u, TurnContext ctx) {
        Phase phase = ctx.phase();
        boolean asked = phase.allows(Tool.SET_FULFILLMENT);
        if (!asked && !phase.allows(Tool.SET_CUSTOMER_NAME)) return Optional.empty();
        // "send it over" asked "pickup or delivery?" is delivery; at "shall I send it in?" it is a yes
        boolean delivery = u.hasUndenied(Cue.DELIVERY) || asked && ctx.order().fulfillment() == null
                && u.tokens().stream().anyMatch(t -> t.text().equals("send"));
        Optional<String> zip = AddressReader.zip(utterance);
        Optional<String> street = AddressReader.street(utterance);
        // Asked "pickup or delivery?", an address is an answer: "1776 north high street, 43201".
        boolean addressGiven = (ctx.pending() instanceof Pending.Address || asked) && (zip.isPresent() || street.isPresent());
        if (u.hasUndenied(Cue.PICKUP) && !delivery) return Optional.of(new SetFulfillment(Fulfillment.Type.PICKUP, null, null));
        if (delivery || addressGiven) {
            return Optional.of(new SetFulfillment(Fulfillment.Type.DELIVERY, street.orElse(null), zip.orElse(null)));
        }
        return Optional.empty();
    }

    private boolean fillsDetail(Reading reading, Pending.Detail pd) {
        if (!reading.mentions().isEmpty()) return reading.mentions().get(0).itemId().equals(pd.request().itemId());
        ItemRequest patch = answerFor(pd.request().itemId(), reading);
        return !patch.equals(ItemRequest.of(pd.request().itemId())) && (patch.size() != null || !patch.options().isEmpty());
    }

    private ItemRequest filled(Pending.Detail pd, Reading reading) {
        String itemId = pd.request().itemId();
        return filled(pd, reading.mentions().isEmpty() ? answerFor(itemId, reading) : reading.mentions().get(0).request());
    }

    /**
     * What loose words answer about the item asked of: a count counts only beside a detail the item takes ("both large,
     * and ten on the wings" on a menu without wings is two large pies, not twenty).
     */
    private ItemRequest answerFor(String itemId, Reading reading) {
        List<Integer> numbers = new ArrayList<>();
        List<Lexicon.Meaning> meanings = new ArrayList<>();
        for (Reading.Loose loose : reading.looseGroups()) {
            if (!takenBy(itemId, loose)) continue;
            meanings.addAll(loose.meanings());
            numbers.addAll(loose.numbers());
        }
        // A bare count ("twenty", "make it the twenty") is the answer itself, when nothing else was said beside it.
        if (numbers.isEmpty() && reading.unheard().isEmpty() && reading.loose().isEmpty()) numbers.addAll(reading.looseNumbers());
        return patches.of(itemId, meanings, numbers);
    }

    /** Every phrase of these details is one the item takes, and one at least says something of it. */
    private boolean takenBy(String itemId, Reading.Loose loose) {
        MenuSection section = menu.sectionOf(itemId);
        return !patches.of(itemId, loose.meanings(), List.of()).equals(ItemRequest.of(itemId))
                && loose.phrases().stream().allMatch(p -> Lexicon.takes(section, itemId, p));
    }

    private ItemRequest filled(Pending.Detail pd, ItemRequest patch) {
        MenuItem item = menu.item(pd.request().itemId()).orElseThrow();
        return item.merge(pd.request(), patch.withQuantity(pd.request().quantity() == null ? patch.quantity() : null));
    }

    /**
     * The request names the waiting line again: the same item, with every detail the line already has ("the pepperoni
     * large" for the pepperoni pie; not "a large cheese", a plain pie of its own).
     */
    private static boolean sameLine(ItemRequest waiting, ItemRequest named) {
        return waiting.itemId().equals(named.itemId())
                && waiting.options().entrySet().stream().allMatch(e -> e.getValue().equals(named.options().get(e.getKey())));
    }

    /** The patch says the detail the item waits for, so the merged line no longer lacks it. */
    private boolean completes(Pending.Detail pd, ItemRequest patch) {
        if (patch.size() == null && patch.options().isEmpty()) return false;
        var res = menu.item(pd.request().itemId()).orElseThrow().resolve(filled(pd, patch).withQuantity(1));
        return !(res instanceof pizzeria.menu.Resolution.Missing m && m.detail().equals(pd.missing().detail()));
    }

    private List<ToolCall> changes(Reading reading, Order order, TurnContext ctx, List<Pending.Detail> answered) {
        List<ToolCall> calls = new ArrayList<>();
        List<Pending.Detail> open = new ArrayList<>(ctx.waiting());
        if (ctx.pending() instanceof Pending.Detail pd) open.add(0, pd);
        if (reading.mentions().isEmpty()) {
            // "make that a small": the newest line a small can describe, not merely the newest line
            List<OrderLine> lines = order.lines();
            // "make the pepperoni one a large": a detail the line already has says which line; the rest is the change
            // (not when a marker works on the detail: "peppers instead of olives", "no olives on it")
            boolean marked = reading.loose().stream().anyMatch(m -> ((Sense.Modifier) m.sense()).marker());
            for (int i = lines.size() - 1; i >= 0 && !marked; i--) {
                OrderLine line = lines.get(i);
                List<Lexicon.Meaning> naming = reading.loose().stream().filter(m -> cart.has(line, m)).toList();
                if (naming.isEmpty()) continue;
                List<Lexicon.Meaning> rest = reading.loose().stream().filter(m -> !naming.contains(m)).toList();
                ItemRequest change = patches.of(line.item().itemId(), rest, reading.looseNumbers());
                if (change.size() == null && change.options().isEmpty() && change.quantity() == null) break;
                calls.add(new ChangeItem(LineTarget.line(line.lineId()), change));
                return calls;
            }
            OrderLine target = lines.get(lines.size() - 1);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (fits(lines.get(i).item().itemId(), reading.loose())) { target = lines.get(i); break; }
            }
            calls.add(new ChangeItem(LineTarget.line(target.lineId()), patches.of(target.item().itemId(), reading)));
            return calls;
        }
        for (Mention m : reading.mentions()) {
            boolean inCart = order.lines().stream().anyMatch(l -> l.item().itemId().equals(m.itemId()));
            // "make the pop a diet coke" with the two-liter still waiting for its flavor: that line, completed
            Pending.Detail waited = inCart ? null : open.stream().filter(w -> sameLine(w.request(), m.request()) && completes(w, m.request()))
                    .findFirst().orElse(null);
            if (waited != null) {
                open.remove(waited);
                if (waited != ctx.pending()) answered.add(waited);
                calls.add(new AddItem(filled(waited, m.request())));
                continue;
            }
            // "make the pepperoni pizza a large" with a mushroom pie after it: the line that has what was said of it
            OrderLine named = null;
            for (int i = order.lines().size() - 1; i >= 0 && inCart && named == null; i--) {
                OrderLine l = order.lines().get(i);
                if (l.item().itemId().equals(m.itemId()) && CartLines.holds(l.item().options(), m.request().options())) named = l;
            }
            if (named != null && (m.request().size() != null || m.request().quantity() != null)) {
                ItemRequest r = m.request();
                calls.add(new ChangeItem(LineTarget.line(named.lineId()), new ItemRequest(r.itemId(), r.size(), r.quantity(), Map.of())));
            } else if (inCart) {
                calls.add(new ChangeItem(LineTarget.like(ItemRequest.of(m.itemId())), m.request()));
            } else if (!order.isEmpty() && menu.sectionOf(order.lines().get(order.lines().size() - 1).item().itemId()) == m.section()) {
                // "make that a sprite" after a coke: the newest line, of the same kind, swapped
                calls.add(new RemoveItem(LineTarget.last()));
                calls.add(new AddItem(m.request()));
            } else {
                // "let's do an affogato instead" with a salad last: nothing of its kind to swap, so it is added
                calls.add(new AddItem(m.request()));
            }
        }
        return calls;
    }

    /**
     * "the bone-in" after "did you mean the bone-in wings or the boneless wings?": the item named is one of those
     * asked between, so it keeps what was said of it before (twelve, hot), and anything said now on top. Each
     * candidate is taken once.
     */
    private static ItemRequest chosen(ItemRequest named, List<ItemRequest> choosing) {
        for (ItemRequest c : choosing) {
            if (!c.itemId().equals(named.itemId())) continue;
            choosing.remove(c);
            Map<String, Object> options = new java.util.LinkedHashMap<>(c.options());
            options.putAll(named.options());
            return new ItemRequest(c.itemId(), named.size() != null ? named.size() : c.size(),
                    named.quantity() != null ? named.quantity() : c.quantity(), options);
        }
        return named;
    }

    /**
     * "a large pepperoni", "a coke": details with no item name mean the section's plain item or the cheapest fit;
     * an item fits only when it takes every phrase said ("a large horchata" is an agua fresca, not large chips).
     */
    private Optional<ItemRequest> implied(Reading.Loose loose) {
        for (MenuSection section : menu.sections()) {
            List<Lexicon.Meaning> mine = loose.meanings().stream().filter(m -> m.section() == section).toList();
            if (mine.stream().allMatch(m -> ((Sense.Modifier) m.sense()).marker())) continue;
            String generic = lexicon.genericItem(section);
            if (generic != null && takesEvery(section, generic, loose)) return Optional.of(patches.of(generic, mine, loose.numbers()));
            Optional<ItemRequest> cheapest = section.items().stream().filter(i -> takesEvery(section, i.id(), loose))
                    .map(i -> patches.of(i.id(), mine, loose.numbers()))
                    .min(java.util.Comparator.comparingInt(this::basePrice));
            if (cheapest.isPresent()) return cheapest;
        }
        return Optional.empty();
    }

    /** The items of the first section that has any which take every phrase said, when no generic item does. */
    private List<String> fitting(Reading.Loose loose) {
        for (MenuSection section : menu.sections()) {
            List<Lexicon.Meaning> mine = loose.meanings().stream().filter(m -> m.section() == section).toList();
            if (mine.stream().allMatch(m -> ((Sense.Modifier) m.sense()).marker())) continue;
            List<String> ids = section.items().stream().filter(i -> takesEvery(section, i.id(), loose)).map(MenuItem::id).toList();
            if (!ids.isEmpty()) return ids;
        }
        return List.of();
    }

    private boolean genericFits(Reading.Loose loose) {
        for (MenuSection section : menu.sections()) {
            String generic = lexicon.genericItem(section);
            if (generic != null && loose.meanings().stream().anyMatch(m -> m.section() == section && !((Sense.Modifier) m.sense()).marker())
                    && takesEvery(section, generic, loose)) return true;
        }
        return false;
    }

    private static String spoken(Reading.Loose loose) {
        List<String> words = new ArrayList<>();
        loose.numbers().forEach(n -> words.add(String.valueOf(n)));
        loose.phrases().forEach(p -> words.add(String.join(" ", p.entry().words())));
        return String.join(" ", words);
    }

    /** Every phrase said has a meaning this item takes. */
    private static boolean takesEvery(MenuSection section, String itemId, Reading.Loose loose) {
        return loose.phrases().stream().allMatch(p -> Lexicon.takes(section, itemId, p));
    }

    private boolean fits(String itemId, List<Lexicon.Meaning> meanings) {
        MenuSection s = menu.sectionOf(itemId);
        return meanings.stream().anyMatch(m -> !((Sense.Modifier) m.sense()).marker() && m.section() == s
                && s.grammar().accepts(itemId, ((Sense.Modifier) m.sense()).value()));
    }

    private int basePrice(ItemRequest r) {
        var res = menu.item(r.itemId()).orElseThrow().resolve(r.withQuantity(1));
        return res instanceof pizzeria.menu.Resolution.Priced p ? p.item().baseCents() : Integer.MAX_VALUE;
    }

    private static Understanding only(ToolCall call) {
        return new Understanding(List.of(call), List.of(), true, SOURCE);
    }
}
