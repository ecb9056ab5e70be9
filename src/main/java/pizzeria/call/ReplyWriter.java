package pizzeria.call;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import pizzeria.flow.Phase;
import pizzeria.order.Bill;
import pizzeria.order.Fulfillment;
import pizzeria.order.Note;
import pizzeria.order.Order;
import pizzeria.order.OrderLine;
import pizzeria.order.Tool;
import pizzeria.spoken.Spoken;
import pizzeria.tenant.Tenant;

/**
 * Writes the agent's reply from what happened in a turn: short confirmations of what was understood,
 * plain refusals, then either a question the turn raised or the current phase's prompt.
 */
final class ReplyWriter {
    /** The sentences of a reply, and whether it ends with a question of its own rather than the phase's prompt. */
    record Written(List<Sentence> sentences, boolean asks) { }

    private final Tenant tenant;

    ReplyWriter(Tenant tenant) {
        this.tenant = tenant;
    }

    Written write(TurnActions actions, Phase phase, Order order, Bill bill, ZonedDateTime now) {
        List<Sentence> parts = new ArrayList<>();
        List<OrderLine> added = new ArrayList<>();
        List<OrderLine> removed = new ArrayList<>();
        List<Sentence> question = null;
        boolean asksDetail = false;
        for (Note n : actions.notes) {
            if (n instanceof Note.Added a) added.add(a.line());
            else if (n instanceof Note.Removed r) removed.add(r.line());
            else if (n instanceof Note.Changed c) parts.addAll(Sentence.dynamic("Okay, " + Templates.speak(tenant, c.after()) + " instead."));
            else if (n instanceof Note.Unavailable u) parts.addAll(Sentence.dynamic(soldOut(u, actions.out)));
            else if (n instanceof Note.NotOnMenu x) parts.addAll(Sentence.dynamic(x.what().endsWith(".") ? x.what() : "Sorry, we don't have " + x.what() + "."));
            else if (n instanceof Note.QuantityRefused q && q.request().quantityOrOne() < 1) parts.addAll(Sentence.dynamic(
                    "Sorry, how many would you like? I can take one to " + Spoken.number(q.limit()) + " of an item."));
            else if (n instanceof Note.QuantityRefused q) parts.addAll(Sentence.dynamic("Sorry, I can only take up to " + Spoken.number(q.limit()) + " of one item on a phone order."));
            else if (n instanceof Note.NoSuchLine) parts.add(Sentence.of(Line.NO_SUCH_LINE));
            else if (n instanceof Note.NameSet s) parts.addAll(Sentence.dynamic("Thanks, " + s.name() + "."));
            else if (n instanceof Note.FulfillmentSet f && !phase.rule().say().contains("{fulfillment_summary}")) parts.addAll(fulfillment(f.fulfillment()));
            else if (n instanceof Note.NeedsDetail d && !asksDetail) {
                // The first item said is asked about first; the others wait their turn.
                question = Sentence.dynamic(d.missing().question());
                asksDetail = true;
            }
            else if (n instanceof Note.QuantityToConfirm q) question = Sentence.dynamic("Just to be sure, that's " + Spoken.number(q.request().quantityOrOne()) + " of the " + itemName(q.request().itemId()) + "?");
            else if (n instanceof Note.AddressNeeded) question = List.of(Sentence.of(Line.DELIVERY_ADDRESS));
            else if (n instanceof Note.DeliveryRefused d) question = deliveryRefused(d);
            else if (n instanceof Note.Reopened) question = List.of(Sentence.of(Line.WHAT_TO_CHANGE));
            else if (n instanceof Note.NotNow x && x.tool() == Tool.DONE_ORDERING) parts.add(Sentence.of(Line.NOTHING_ORDERED_YET));
        }
        List<Sentence> out = new ArrayList<>();
        if (!added.isEmpty()) out.addAll(Sentence.dynamic("Got it, " + Templates.lines(tenant, added) + "."));
        if (!removed.isEmpty()) out.addAll(Sentence.dynamic("Okay, I took off " + Templates.lines(tenant, removed) + "."));
        out.addAll(parts);
        actions.answers.forEach(out::addAll);
        if (!actions.unheard.isEmpty()) {
            out.addAll(Sentence.dynamic("I didn't catch the part about " + Spoken.list(actions.unheard.stream().map(w -> "\"" + w + "\"").toList())
                    .replace(" and \"", " or \"") + "."));
        }
        if ((question == null || actions.asksWhichItem) && !actions.heldBack.isEmpty()) question = heldBack(actions.heldBack);
        if (question == null && actions.askNext != null) question = Sentence.dynamic(actions.askNext.missing().question());
        if (question == null && actions.unfinished != null) question = askedAgain(actions.unfinished);
        if (question != null) {
            out.addAll(question);
            return new Written(out, true);
        }
        if (actions.understoodNothing()) out.add(Sentence.of(Line.DID_NOT_CATCH));
        if (actions.spellOutChoices) {
            out.addAll(choices(phase, order));
            return new Written(out, true);
        }
        out.addAll(prompt(phase, order, bill, now));
        return new Written(out, false);
    }

    /** "Sorry, we're out of the garlic knots today. We do have the mozzarella sticks and the wings." */
    private String soldOut(Note.Unavailable u, pizzeria.order.Availability out) {
        String what = u.what().startsWith("topping:") ? u.what().substring(8).replace('-', ' ')
                : u.what().startsWith("option:") ? u.what().substring(u.what().indexOf('/') + 1).replace('-', ' ')
                : "the " + itemName(u.itemId());
        StringBuilder said = new StringBuilder("Sorry, we're out of " + what + " today.");
        if (!u.what().contains(":")) {
            List<String> others = tenant.menu().sectionOf(u.itemId()).items().stream()
                    .filter(i -> !i.id().equals(u.itemId()) && !out.items().contains(i.id()))
                    .map(i -> "the " + Spoken.withoutThe(i.name())).limit(3).toList();
            if (!others.isEmpty()) said.append(" We do have ").append(Spoken.list(others)).append('.');
        }
        return said.toString();
    }

    /** What the caller can say now, spelt out: the phase's allowed tools decide. */
    List<Sentence> choices(Phase phase, Order order) {
        if (phase.allows(Tool.CONFIRM_ORDER)) return List.of(Sentence.of(Line.CHOOSE_YES_NO_ORDER));
        if (phase.allows(Tool.PLACE_ORDER)) return List.of(Sentence.of(Line.CHOOSE_YES_NO_PLACE));
        if (phase.allows(Tool.SET_FULFILLMENT)) return List.of(Sentence.of(Line.CHOOSE_FULFILLMENT));
        if (phase.allows(Tool.SET_CUSTOMER_NAME)) return List.of(Sentence.of(Line.CHOOSE_NAME));
        String example = tenant.menu().sections().stream().flatMap(s -> s.items().stream()).findFirst()
                .map(i -> ", for example \"" + i.name() + "\"").orElse("");
        return Sentence.dynamic("You can say an item from the menu by name" + example
                + (order.isEmpty() ? ", or ask what we have." : ", or say that's all."));
    }

    /** The phase's prompt; before anything is ordered, "Anything else?" would make no sense. */
    List<Sentence> prompt(Phase phase, Order order, Bill bill, ZonedDateTime now) {
        if (order.isEmpty() && phase.allows(Tool.ADD_ITEM) && !phase.allows(Tool.CONFIRM_ORDER)) {
            return List.of(Sentence.of(Line.WHAT_CAN_I_GET));
        }
        return Templates.sentences(phase.rule().say(), tenant, order, bill, now);
    }

    private List<Sentence> deliveryRefused(Note.DeliveryRefused d) {
        List<Sentence> out = new ArrayList<>(switch (d.why()) {
            case NOT_OFFERED -> List.of(Sentence.of(Line.PICKUP_ONLY));
            case OUTSIDE_ZONE -> Sentence.dynamic("Sorry, we don't deliver to " + String.join(" ", d.zip().split("")) + ".");
            case UNDER_MINIMUM -> Sentence.dynamic("Delivery needs an order of at least " + Spoken.money(d.minimumCents()) + ".");
        });
        out.add(Sentence.of(Line.PICK_UP_INSTEAD));
        return out;
    }

    private List<Sentence> fulfillment(Fulfillment f) {
        if (f.type() == Fulfillment.Type.PICKUP) return List.of(Sentence.of(Line.PICKUP_NOTED));
        return Sentence.dynamic("Delivery to " + f.address() + ", got it.");
    }

    /** "Just one thing before I read it back. What size would you like the sausage pie?" */
    private List<Sentence> askedAgain(pizzeria.understand.Pending open) {
        List<Sentence> out = new ArrayList<>(List.of(Sentence.of(Line.ONE_MORE_THING)));
        if (open instanceof pizzeria.understand.Pending.Detail d) out.addAll(Sentence.dynamic(d.missing().question()));
        else if (open instanceof pizzeria.understand.Pending.Choice c) out.addAll(Sentence.dynamic("Did you mean "
                + Spoken.choices(c.candidates().stream().map(r -> "the " + itemName(r.itemId())).toList()) + "?"));
        else if (open instanceof pizzeria.understand.Pending.Again a) out.addAll(heldBack(List.of(a.line())));
        return out;
    }

    /** "I didn't catch "hamburger" in the pizza. Could you say that one again?": never a guess at a line. */
    private List<Sentence> heldBack(List<pizzeria.understand.HeldBack> held) {
        var choosing = held.stream().filter(h -> !h.choices().isEmpty()).findFirst();
        if (choosing.isPresent()) {
            List<String> names = choosing.get().choices().stream().map(id -> "the " + itemName(id)).toList();
            return Sentence.dynamic("For the " + choosing.get().words() + ", did you mean " + Spoken.choices(names) + "?");
        }
        List<String> parts = held.stream().map(h -> "\"" + h.words() + "\"" + (h.itemId() == null ? "" : " in the " + itemName(h.itemId()))).toList();
        return Sentence.dynamic("I didn't catch " + Spoken.list(parts) + ". Could you say " + (held.size() == 1 ? "that" : "those") + " again?");
    }

    private String itemName(String itemId) {
        return tenant.menu().item(itemId).map(i -> Spoken.withoutThe(i.name())).orElse(itemId);
    }
}
