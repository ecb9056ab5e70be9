package pizzeria.order;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of one caller's order: what is in the cart and how far the caller has agreed to it.
 * Immutable; every change returns a new order with {@code revision} moved on.
 *
 * @param cartConfirmed the caller said yes to the cart as it is now; any change to the lines clears it
 * @param readBackRevision the revision whose full summary (name, fulfillment, total) the caller last
 *                         heard; an order is placed only if nothing changed since
 */
public record Order(String orderId, String tenantId, String callerPhone, OrderStatus status,
                    List<OrderLine> lines, int nextLineId, String customerName, Fulfillment fulfillment,
                    boolean doneOrdering, boolean cartConfirmed, int revision, int readBackRevision) {

    public Order {
        lines = List.copyOf(lines);
    }

    public static Order open(String orderId, String tenantId, String callerPhone) {
        return new Order(orderId, tenantId, callerPhone, OrderStatus.OPEN, List.of(), 1, null, null,
                false, false, 0, -1);
    }

    public boolean isEmpty() { return lines.isEmpty(); }

    public int unitCount() { return lines.stream().mapToInt(OrderLine::quantity).sum(); }

    public Order withLines(List<OrderLine> newLines, int newNextLineId) {
        return new Order(orderId, tenantId, callerPhone, status, newLines, newNextLineId, customerName,
                fulfillment, doneOrdering, false, revision + 1, readBackRevision);
    }

    public Order addLine(pizzeria.menu.PricedItem item, int quantity) {
        List<OrderLine> l = new ArrayList<>(lines);
        l.add(new OrderLine(nextLineId, item, quantity));
        return withLines(l, nextLineId + 1);
    }

    public Order withCustomerName(String name) {
        return new Order(orderId, tenantId, callerPhone, status, lines, nextLineId, name, fulfillment,
                doneOrdering, cartConfirmed, revision + 1, readBackRevision);
    }

    public Order withFulfillment(Fulfillment f) {
        return new Order(orderId, tenantId, callerPhone, status, lines, nextLineId, customerName, f,
                doneOrdering, cartConfirmed, revision + 1, readBackRevision);
    }

    public Order withDoneOrdering(boolean done) {
        return new Order(orderId, tenantId, callerPhone, status, lines, nextLineId, customerName, fulfillment,
                done, cartConfirmed, revision, readBackRevision);
    }

    public Order withCartConfirmed(boolean confirmed) {
        return new Order(orderId, tenantId, callerPhone, status, lines, nextLineId, customerName, fulfillment,
                doneOrdering, confirmed, revision, readBackRevision);
    }

    /** Marks the current revision as read back to the caller in full. */
    public Order readBack() {
        return new Order(orderId, tenantId, callerPhone, status, lines, nextLineId, customerName, fulfillment,
                doneOrdering, cartConfirmed, revision, revision);
    }

    public boolean readBackIsCurrent() { return readBackRevision == revision; }

    public Order withStatus(OrderStatus s) {
        return new Order(orderId, tenantId, callerPhone, s, lines, nextLineId, customerName, fulfillment,
                doneOrdering, cartConfirmed, revision, readBackRevision);
    }
}
