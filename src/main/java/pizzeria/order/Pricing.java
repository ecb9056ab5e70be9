package pizzeria.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import pizzeria.menu.DealUse;
import pizzeria.menu.Menu;
import pizzeria.menu.Unit;

/** Computes an order's bill: exact decimal arithmetic, rounding half up, as the contract says. */
public final class Pricing {
    private Pricing() { }

    public static Bill bill(Order order, Menu menu, PriceRules rules) {
        int subtotal = order.lines().stream().mapToInt(OrderLine::totalCents).sum();
        List<Unit> units = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            for (int i = 0; i < line.quantity(); i++) units.add(new Unit(line.lineId(), line.item()));
        }
        List<DealUse> deals = menu.bestDeals(units);
        int discount = deals.stream().mapToInt(DealUse::savingsCents).sum();
        boolean delivery = order.fulfillment() != null && order.fulfillment().type() == Fulfillment.Type.DELIVERY;
        int fee = delivery ? rules.deliveryFeeCents() : 0;
        int tax = tax(subtotal - discount, rules.taxRate());
        return new Bill(subtotal, discount, fee, tax, subtotal - discount + tax + fee, deals);
    }

    static int tax(int taxableCents, BigDecimal rate) {
        return BigDecimal.valueOf(taxableCents).multiply(rate).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
