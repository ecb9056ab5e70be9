package pizzeria.order;

import java.util.List;
import pizzeria.menu.DealUse;

/** The money of an order, all in cents. */
public record Bill(int subtotalCents, int discountCents, int deliveryFeeCents, int taxCents, int totalCents,
                   List<DealUse> deals) {
    public Bill {
        deals = List.copyOf(deals);
    }

    /** What delivery minimums are measured against. */
    public int afterDiscountCents() {
        return subtotalCents - discountCents;
    }
}
