package pizzeria.menu;

/** One unit of an order line (a line of quantity 3 is three units), as deals see it. */
public record Unit(int lineId, PricedItem item) {
}
