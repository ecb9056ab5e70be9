package pizzeria.understand;

import java.nio.file.Path;
import java.util.List;
import pizzeria.menu.ItemRequest;
import pizzeria.order.Order;
import pizzeria.order.ToolCall;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;

/** A caller's first turn, read by the local understander against a menu: for tests of how orders are heard. */
final class FirstTurn {
    static final Tenant TAQUERIA = Tenants.parse(Path.of("src/test/resources/corpus/blind/taqueria.yaml"));
    static final Tenant WINGS = Tenants.parse(Path.of("src/test/resources/corpus/blind/wings-and-subs.yaml"));

    private FirstTurn() { }

    static Understanding read(Tenant tenant, String text) {
        Order order = Order.open("o", tenant.id(), "+1");
        return new LocalUnderstander(tenant.menu()).read(text, new TurnContext(tenant.phases().decide(order), order, null, ""));
    }

    /** The lines the turn adds. */
    static List<ItemRequest> added(Tenant tenant, String text) {
        return read(tenant, text).calls().stream().filter(c -> c instanceof ToolCall.AddItem)
                .map(c -> ((ToolCall.AddItem) c).request()).toList();
    }
}
