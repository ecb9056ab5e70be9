package pizzeria.flow;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import pizzeria.order.Order;
import pizzeria.order.OrderStatus;

/** The facts about an order that phase rules may test in {@code done_when}. */
public enum Condition {
    CART_NOT_EMPTY(o -> !o.isEmpty()),
    CALLER_DONE_ORDERING(Order::doneOrdering),
    ORDER_CONFIRMED(Order::cartConfirmed),
    HAS_CUSTOMER_NAME(o -> o.customerName() != null),
    HAS_FULFILLMENT(o -> o.fulfillment() != null),
    ORDER_PLACED(o -> o.status() == OrderStatus.PLACED);

    private final Predicate<Order> test;

    Condition(Predicate<Order> test) { this.test = test; }

    public boolean holds(Order order) { return test.test(order); }

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<Condition> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }
}
