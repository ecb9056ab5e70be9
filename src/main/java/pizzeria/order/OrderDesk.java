package pizzeria.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.Menu;
import pizzeria.menu.MenuItem;
import pizzeria.menu.PricedItem;
import pizzeria.menu.Resolution;
import pizzeria.order.ToolCall.*;

/**
 * Applies tool calls to an order, checking each against the menu, the tools allowed now, and the rules
 * that hold whatever the phase rules or a language model say: nothing off the menu, no absurd quantity,
 * no placing an order whose cart and final summary the caller has not agreed to as they stand.
 */
public final class OrderDesk {
    private final Menu menu;
    private final PriceRules rules;

    public OrderDesk(Menu menu, PriceRules rules) {
        this.menu = menu;
        this.rules = rules;
    }

    public Bill bill(Order order) {
        return Pricing.bill(order, menu, rules);
    }

    public Applied apply(Order order, ToolCall call, Set<Tool> allowed) {
        return apply(order, call, allowed, Availability.NONE);
    }

    /** As above, refusing whatever the restaurant is out of now. */
    public Applied apply(Order order, ToolCall call, Set<Tool> allowed, Availability out) {
        if (order.status() != OrderStatus.OPEN || !(call.tool().global() || allowed.contains(call.tool()))) {
            return Applied.unchanged(order, new Note.NotNow(call.tool()));
        }
        if (call instanceof AddItem a) return add(order, a, out);
        if (call instanceof RemoveItem r) return remove(order, r.target());
        if (call instanceof ChangeItem c) return change(order, c, out);
        if (call instanceof DoneOrdering) {
            return order.isEmpty() ? Applied.unchanged(order, new Note.NotNow(Tool.DONE_ORDERING))
                    : new Applied(order.withDoneOrdering(true), List.of());
        }
        if (call instanceof ConfirmOrder c) return confirm(order, c.yes());
        if (call instanceof SetCustomerName n) return name(order, n.name());
        if (call instanceof SetFulfillment f) return new FulfillmentDesk(rules, bill(order)).apply(order, f);
        if (call instanceof PlaceOrder) return place(order);
        if (call instanceof CancelOrder) {
            return new Applied(order.withStatus(OrderStatus.CANCELLED), List.of(new Note.Cancelled()));
        }
        return new Applied(order, List.of()); // conversation only: answer, transfer, repeat
    }

    private Applied add(Order order, AddItem call, Availability out) {
        ItemRequest request = call.request();
        Optional<MenuItem> item = menu.item(request.itemId());
        if (item.isEmpty()) return Applied.unchanged(order, new Note.NotOnMenu(request.itemId()));
        // sold out as a whole: said before any question about its size
        if (out.items().contains(request.itemId())) return Applied.unchanged(order, new Note.Unavailable(request.itemId(), request.itemId()));
        Optional<Note> quantityProblem = checkQuantity(request, call.quantityConfirmed());
        if (quantityProblem.isPresent()) return Applied.unchanged(order, quantityProblem.get());
        Resolution r = item.get().resolve(request);
        if (r instanceof Resolution.Missing m) return Applied.unchanged(order, new Note.NeedsDetail(request, m));
        if (r instanceof Resolution.Invalid i) return Applied.unchanged(order, new Note.NotOnMenu(i.reason()));
        PricedItem priced = ((Resolution.Priced) r).item();
        Optional<String> soldOut = out.blocks(priced);
        if (soldOut.isPresent()) return Applied.unchanged(order, new Note.Unavailable(soldOut.get(), priced.itemId()));
        return addPriced(order, priced, request.quantityOrOne());
    }

    /** A second "large pepperoni" joins the first line rather than reading back as two lines. */
    private Applied addPriced(Order order, PricedItem item, int quantity) {
        for (OrderLine line : order.lines()) {
            if (line.item().equals(item) && line.quantity() + quantity <= rules.quantityLimit()) {
                OrderLine grown = new OrderLine(line.lineId(), item, line.quantity() + quantity);
                return new Applied(replace(order, line, grown), List.of(new Note.Added(
                        new OrderLine(line.lineId(), item, quantity))));
            }
        }
        Order next = order.addLine(item, quantity);
        return new Applied(next, List.of(new Note.Added(next.lines().get(next.lines().size() - 1))));
    }

    private Optional<Note> checkQuantity(ItemRequest request, boolean confirmed) {
        int q = request.quantityOrOne();
        if (q < 1 || q > rules.quantityLimit()) return Optional.of(new Note.QuantityRefused(request, rules.quantityLimit()));
        if (q > rules.quantityToConfirm() && !confirmed) return Optional.of(new Note.QuantityToConfirm(request));
        return Optional.empty();
    }

    private Applied remove(Order order, LineTarget target) {
        Optional<OrderLine> line = target.find(order.lines());
        if (line.isEmpty()) return Applied.unchanged(order, new Note.NoSuchLine());
        OrderLine l = line.get();
        Integer fewer = target.description() == null ? null : target.description().quantity();
        if (fewer != null && fewer > 0 && fewer < l.quantity()) {
            OrderLine kept = new OrderLine(l.lineId(), l.item(), l.quantity() - fewer);
            return new Applied(replace(order, l, kept),
                    List.of(new Note.Removed(new OrderLine(l.lineId(), l.item(), fewer))));
        }
        List<OrderLine> rest = new ArrayList<>(order.lines());
        rest.remove(l);
        return new Applied(order.withLines(rest, order.nextLineId()), List.of(new Note.Removed(l)));
    }

    private Applied change(Order order, ChangeItem call, Availability out) {
        Optional<OrderLine> found = call.target().find(order.lines());
        if (found.isEmpty()) return Applied.unchanged(order, new Note.NoSuchLine());
        OrderLine line = found.get();
        MenuItem item = menu.item(line.item().itemId()).orElseThrow();
        ItemRequest merged = item.merge(line.item().asRequest(line.quantity()), call.change());
        Optional<Note> quantityProblem = checkQuantity(merged, false);
        if (quantityProblem.isPresent()) return Applied.unchanged(order, quantityProblem.get());
        Resolution r = item.resolve(merged);
        if (r instanceof Resolution.Missing m) return Applied.unchanged(order, new Note.NeedsDetail(merged, m));
        if (r instanceof Resolution.Invalid i) return Applied.unchanged(order, new Note.NotOnMenu(i.reason()));
        PricedItem priced = ((Resolution.Priced) r).item();
        Optional<String> soldOut = out.blocks(priced);
        if (soldOut.isPresent() && out.blocks(line.item()).isEmpty()) {
            return Applied.unchanged(order, new Note.Unavailable(soldOut.get(), priced.itemId()));
        }
        OrderLine after = new OrderLine(line.lineId(), priced, merged.quantityOrOne());
        return new Applied(replace(order, line, after), List.of(new Note.Changed(line, after)));
    }

    private static Order replace(Order order, OrderLine old, OrderLine now) {
        List<OrderLine> lines = new ArrayList<>(order.lines());
        lines.set(lines.indexOf(old), now);
        return order.withLines(lines, order.nextLineId());
    }

    private static Applied confirm(Order order, boolean yes) {
        if (order.isEmpty()) return Applied.unchanged(order, new Note.NotNow(Tool.CONFIRM_ORDER));
        if (yes) return new Applied(order.withCartConfirmed(true), List.of(new Note.CartConfirmed()));
        return new Applied(order.withCartConfirmed(false).withDoneOrdering(false), List.of(new Note.Reopened()));
    }

    private static Applied name(Order order, String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > 60) return Applied.unchanged(order, new Note.NotNow(Tool.SET_CUSTOMER_NAME));
        return new Applied(order.withCustomerName(clean), List.of(new Note.NameSet(clean)));
    }

    private Applied place(Order order) {
        boolean ready = !order.isEmpty() && order.cartConfirmed() && order.readBackIsCurrent()
                && order.fulfillment() != null;
        if (!ready) return Applied.unchanged(order, new Note.NotNow(Tool.PLACE_ORDER));
        Optional<Note.DeliveryRefused> deliveryProblem = new FulfillmentDesk(rules, bill(order)).problem(order.fulfillment());
        if (deliveryProblem.isPresent()) {
            return new Applied(order.withFulfillment(null), List.of(deliveryProblem.get()));
        }
        return new Applied(order.withStatus(OrderStatus.PLACED), List.of(new Note.Placed()));
    }
}
