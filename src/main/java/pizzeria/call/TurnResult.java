package pizzeria.call;

import pizzeria.order.Bill;
import pizzeria.order.Order;

/** The agent's answer to a turn and where the call now stands. */
public record TurnResult(String reply, String phase, Order order, Bill bill, boolean ended, String orderId,
                         String transferTo) {
}
