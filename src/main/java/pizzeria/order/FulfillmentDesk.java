package pizzeria.order;

import java.util.List;
import java.util.Optional;
import pizzeria.order.ToolCall.SetFulfillment;

/** Decides whether an order may go out as pickup or delivery, and if not, why (the call layer words it). */
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
        Optional<Note.DeliveryRefused> problem = problem(f);
        if (problem.isPresent()) return Applied.unchanged(order, problem.get());
        return new Applied(order.withFulfillment(f), List.of(new Note.FulfillmentSet(f)));
    }

    Optional<Note.DeliveryRefused> problem(Fulfillment f) {
        if (f.type() != Fulfillment.Type.DELIVERY) return Optional.empty();
        int minimum = rules.deliveryMinimumCents();
        if (!rules.deliveryOffered()) return Optional.of(new Note.DeliveryRefused(Note.DeliveryRefusal.NOT_OFFERED, f.zip(), minimum));
        if (!rules.deliveryZips().contains(f.zip())) {
            return Optional.of(new Note.DeliveryRefused(Note.DeliveryRefusal.OUTSIDE_ZONE, f.zip(), minimum));
        }
        if (bill.afterDiscountCents() < minimum) {
            return Optional.of(new Note.DeliveryRefused(Note.DeliveryRefusal.UNDER_MINIMUM, f.zip(), minimum));
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
