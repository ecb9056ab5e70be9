package pizzeria.call;

import java.util.Map;
import pizzeria.order.Bill;
import pizzeria.order.Order;
import pizzeria.order.OrderView;

/** An order the caller has just placed, with its bill: what the journal commits before the caller hears it is in. */
public record PlacedOrder(Order order, Bill bill) {
    /** The order in the order JSON shape (CONTRACT.md). */
    public Map<String, Object> view() {
        return OrderView.of(order, bill);
    }
}
