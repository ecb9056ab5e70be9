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
    private final Tenant tenant;

    ReplyWriter(Tenant tenant) {
        this.tenant = tenant;
    }

    Reply write(TurnActions actions, Phase phase, Order order, Bill bill, ZonedDateTime now) {
        List<Note> notes = actions.notes;
        List<String> parts = new ArrayList<>();
        List<OrderLine> added = new ArrayList<>();
        List<OrderLine> removed = new ArrayList<>();
        String question = null;
        for (Note n : notes) {
            if (n instanceof Note.Added a) added.add(a.line());
            else if (n instanceof Note.Removed r) removed.add(r.line());
            else if (n instanceof Note.Changed c) parts.add("Okay, " + Templates.speak(tenant, c.after()) + " instead.");
            else if (n instanceof Note.NotOnMenu x) parts.add(x.what().endsWith(".") ? x.what() : "Sorry, we don't have " + x.what() + ".");
            else if (n instanceof Note.QuantityRefused q) parts.add("Sorry, I can only take up to " + Spoken.number(q.limit()) + " of one item on a phone order.");
            else if (n instanceof Note.NoSuchLine) parts.add("I don't see that in your order.");
            else if (n instanceof Note.NameSet s) parts.add("Thanks, " + s.name() + ".");
            else if (n instanceof Note.FulfillmentSet f && !phase.rule().say().contains("{fulfillment_summary}")) parts.add(fulfillment(f.fulfillment()));
            else if (n instanceof Note.NeedsDetail d) question = d.missing().question();
            else if (n instanceof Note.QuantityToConfirm q) question = "Just to be sure, that's " + Spoken.number(q.request().quantityOrOne()) + " of the " + itemName(q.request().itemId()) + "?";
            else if (n instanceof Note.AddressNeeded) question = "What's the delivery address, with the zip code?";
            else if (n instanceof Note.DeliveryRefused d) question = d.reason() + " Would you like to pick it up instead?";
            else if (n instanceof Note.Reopened) question = "Okay, what would you like to change?";
            else if (n instanceof Note.NotNow x && x.tool() == Tool.DONE_ORDERING) parts.add("You haven't ordered anything yet.");
        }
        if (!removed.isEmpty()) parts.add(0, "Okay, I took off " + Templates.lines(tenant, removed) + ".");
        if (!added.isEmpty()) parts.add(0, "Got it, " + Templates.lines(tenant, added) + ".");
        parts.addAll(actions.answers);
        if (question != null) {
            parts.add(question);
            return new Reply(String.join(" ", parts), true, false);
        }
        if (actions.understoodNothing()) parts.add("Sorry, I didn't catch that.");
        parts.add(prompt(phase, order, bill, now));
        return new Reply(String.join(" ", parts), false, phase.allows(Tool.PLACE_ORDER));
    }

    /** The phase's prompt; before anything is ordered, "Anything else?" would make no sense. */
    String prompt(Phase phase, Order order, Bill bill, ZonedDateTime now) {
        if (order.isEmpty() && phase.allows(Tool.ADD_ITEM) && !phase.allows(Tool.CONFIRM_ORDER)) {
            return "What can I get for you?";
        }
        return Templates.render(phase.rule().say(), tenant, order, bill, now);
    }

    private String fulfillment(Fulfillment f) {
        if (f.type() == Fulfillment.Type.PICKUP) return "Pickup, got it.";
        return "Delivery to " + f.address() + ", got it.";
    }

    private String itemName(String itemId) {
        return tenant.menu().item(itemId).map(i -> i.name()).orElse(itemId);
    }
}
