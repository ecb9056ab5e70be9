package pizzeria.order;

import java.util.List;
import java.util.Optional;
import pizzeria.order.ToolCall.SetFulfillment;

/** Decides whether an order may go out as pickup or delivery. Reasons are said to the caller as they are. */
final class FulfillmentDesk {
    private final PriceRules rules;
    private final Bill bill;

    FulfillmentDesk(PriceRules rules, Bill bill) {
        this.rules = rules;
        this.bill = bill;
    }

    Applied apply(Order order, SetFulfillment call) {
        if (call.type() == Fulfillment.Type.PICKUP) {
            Fulfillment f = Fulfillment.pickup();
            return new Applied(order.withFulfillment(f), List.of(new Note.FulfillmentSet(f)));
        }
        if (rules.deliveryOffered() && (blank(call.address()) || blank(call.zip()))) {
            return Applied.unchanged(order, new Note.AddressNeeded());
        }
        Fulfillment f = Fulfillment.delivery(call.address(), call.zip());
        Optional<String> problem = problem(f);
        if (problem.isPresent()) return Applied.unchanged(order, new Note.DeliveryRefused(problem.get()));
        return new Applied(order.withFulfillment(f), List.of(new Note.FulfillmentSet(f)));
    }

    Optional<String> problem(Fulfillment f) {
        if (f.type() != Fulfillment.Type.DELIVERY) return Optional.empty();
        if (!rules.deliveryOffered()) return Optional.of("Sorry, we don't deliver; it's pickup only.");
        if (!rules.deliveryZips().contains(f.zip())) {
            return Optional.of("Sorry, we don't deliver to " + spokenZip(f.zip()) + ".");
        }
        if (bill.afterDiscountCents() < rules.deliveryMinimumCents()) {
            return Optional.of("Delivery needs an order of at least "
                    + pizzeria.spoken.Spoken.money(rules.deliveryMinimumCents()) + ".");
        }
        return Optional.empty();
    }

    private static String spokenZip(String zip) {
        return String.join(" ", zip.split(""));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
