package pizzeria.llm;

import java.util.stream.Collectors;
import pizzeria.menu.MenuSection;
import pizzeria.order.Order;
import pizzeria.order.OrderLine;
import pizzeria.tenant.Tenant;
import pizzeria.understand.Pending;
import pizzeria.understand.TurnContext;

/**
 * The prompt: a long static part (who we are, the rules, the menu) identical for every call of a tenant
 * version, so the provider's prompt cache applies; then the short dynamic part of this turn.
 */
public final class Prompt {
    private final String staticPart;

    public Prompt(Tenant tenant) {
        StringBuilder s = new StringBuilder();
        s.append("You turn what a caller says on the phone to ").append(tenant.name())
                .append(" into tool calls. You never talk: the restaurant's code decides what is said.\n")
                .append("Rules: call only the tools offered; use only ids from the tools' enums; never guess an item,")
                .append(" size or option the caller did not say (use null or an empty list); one add_item per distinct item;")
                .append(" for a question call answer_question; if you are not sure what the caller meant, call no tool.\n")
                .append("Half-and-half toppings: the first one named goes on the left.\n\nMenu:\n");
        for (MenuSection section : tenant.menu().sections()) s.append(section.summary());
        this.staticPart = s.toString();
    }

    /** Byte-identical for every call of one tenant version. */
    public String staticPart() {
        return staticPart;
    }

    /** This turn: the phase, the cart with its line ids, what the agent just asked, and the caller's words. */
    public String turn(String utterance, TurnContext context) {
        Order order = context.order();
        String cart = order.isEmpty() ? "empty" : order.lines().stream().map(Prompt::line).collect(Collectors.joining("; "));
        StringBuilder s = new StringBuilder("Phase: ").append(context.phase().id()).append(". Cart: ").append(cart).append('.');
        if (order.customerName() != null) s.append(" Name: ").append(order.customerName()).append('.');
        if (context.pending() instanceof Pending.Detail d) s.append(" Waiting for the ").append(d.missing().detail())
                .append(" of ").append(d.request().itemId()).append(", options: ").append(d.missing().choices()).append('.');
        if (context.pending() instanceof Pending.Choice c) s.append(" Waiting for which item the caller meant: ")
                .append(c.candidates().stream().map(r -> r.itemId() + (r.size() == null ? "" : " size " + r.size()) + " " + r.options())
                        .collect(Collectors.joining(" or "))).append('.');
        if (context.pending() instanceof Pending.Again a) s.append(" Waiting for the caller to say again a line not caught: \"")
                .append(a.line().words()).append("\"").append(a.line().itemId() == null ? "" : " in " + a.line().itemId()).append('.');
        for (Pending.Detail w : context.waiting()) s.append(" Also waiting: the ").append(w.missing().detail()).append(" of ")
                .append(w.request().itemId()).append(" (not yet in the cart).");
        s.append("\nAgent just said: ").append(context.lastAgentLine()).append("\nCaller: ").append(utterance);
        return s.toString();
    }

    private static String line(OrderLine l) {
        return "line " + l.lineId() + ": " + l.quantity() + " x " + l.item().itemId()
                + (l.item().size() == null ? "" : " " + l.item().size()) + " " + l.item().options();
    }
}
