package pizzeria.order;

import pizzeria.menu.PricedItem;

/** A line of an order: one priced item and how many of it. */
public record OrderLine(int lineId, PricedItem item, int quantity) {
    public int totalCents() {
        return item.unitCents() * quantity;
    }
}
