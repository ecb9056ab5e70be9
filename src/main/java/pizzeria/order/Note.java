package pizzeria.order;

import pizzeria.menu.ItemRequest;
import pizzeria.menu.Resolution;

/** What happened when a tool call met the order: the facts a reply is made from. */
public sealed interface Note {
    record Added(OrderLine line) implements Note { }
    record Removed(OrderLine line) implements Note { }
    record Changed(OrderLine before, OrderLine after) implements Note { }
    /** The request needs one more detail; it is held until the caller gives it. */
    record NeedsDetail(ItemRequest request, Resolution.Missing missing) implements Note { }
    /** An unusually large quantity: held until the caller confirms it. */
    record QuantityToConfirm(ItemRequest request) implements Note { }
    record QuantityRefused(ItemRequest request, int limit) implements Note { }
    /** Something asked for is not on the menu; {@code what} is the caller's words or the item's reason. */
    record NotOnMenu(String what) implements Note { }

    /** The restaurant is out of it today ({@code what}: an item id, topping:<id> or option:<group>/<option>). */
    record Unavailable(String what, String itemId) implements Note { }
    record NoSuchLine() implements Note { }
    record Reopened() implements Note { }
    record CartConfirmed() implements Note { }
    record NameSet(String name) implements Note { }
    record FulfillmentSet(Fulfillment fulfillment) implements Note { }
    /** Delivery cannot be had: {@code zip} is the one asked for, {@code minimumCents} the order it needs. */
    record DeliveryRefused(DeliveryRefusal why, String zip, int minimumCents) implements Note { }
    enum DeliveryRefusal { NOT_OFFERED, OUTSIDE_ZONE, UNDER_MINIMUM }
    record AddressNeeded() implements Note { }
    record Placed() implements Note { }
    record Cancelled() implements Note { }
    /** A tool call not allowed now (placing before the cart was confirmed, say); nothing was changed. */
    record NotNow(Tool tool) implements Note { }
}
