package pizzeria.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import pizzeria.flow.Phase;
import pizzeria.flow.PhaseMachine;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.MenuItem;
import pizzeria.menu.Resolution;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;

/**
 * Whatever an understander asks for, in whatever order: nothing off the menu is ever in an order, no
 * order is placed without the caller confirming the cart and hearing the final summary as they finally
 * stood, and a changed cart must be confirmed again.
 */
class OrderInvariantsProperties {
    /** The session's part: speaking the final summary reads the order back. */
    record ReadBack() { }

    private final Tenant tenant = Tenants.reference();

    @Property(tries = 1000)
    void invariantsHoldForAnySequenceOfCalls(@ForAll("sequences") List<Object> steps) {
        PhaseMachine phases = tenant.phases();
        OrderDesk desk = new OrderDesk(tenant.menu(), tenant.priceRules());
        Order order = Order.open("o1", tenant.id(), "+15555550100");
        List<OrderLine> confirmedCart = null;
        Order heardSummary = null;
        for (Object step : steps) {
            Phase phase = phases.decide(order);
            if (step instanceof ReadBack) {
                if (phase.allows(Tool.PLACE_ORDER)) { order = order.readBack(); heardSummary = order; }
                continue;
            }
            ToolCall call = (ToolCall) step;
            Order before = order;
            order = desk.apply(order, call, phase.allowed()).order();
            order.lines().forEach(this::assertOnTheMenu);
            if (!phase.allowed().contains(call.tool())) assertThat(order).isEqualTo(before);
            if (!order.lines().equals(before.lines())) assertThat(order.cartConfirmed()).isFalse();
            if (order.cartConfirmed() && !before.cartConfirmed()) confirmedCart = order.lines();
            if (order.status() == OrderStatus.PLACED && before.status() != OrderStatus.PLACED) {
                assertThat(call).isInstanceOf(ToolCall.PlaceOrder.class);
                assertThat(order.lines()).isEqualTo(confirmedCart).isNotEmpty();
                assertThat(heardSummary).isNotNull();
                assertThat(List.of(order.lines(), String.valueOf(order.customerName()), String.valueOf(order.fulfillment())))
                        .isEqualTo(List.of(heardSummary.lines(), String.valueOf(heardSummary.customerName()),
                                String.valueOf(heardSummary.fulfillment())));
            }
        }
    }

    private void assertOnTheMenu(OrderLine line) {
        MenuItem item = tenant.menu().item(line.item().itemId()).orElseThrow(() -> new AssertionError("off the menu: " + line));
        Resolution again = item.resolve(line.item().asRequest(line.quantity()));
        assertThat(again).isEqualTo(new Resolution.Priced(line.item()));
        assertThat(line.quantity()).isBetween(1, tenant.priceRules().quantityLimit());
    }

    @Provide
    Arbitrary<List<Object>> sequences() {
        Arbitrary<Object> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, validAdds()),
                net.jqwik.api.Tuple.of(3, adds()),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 4).map(i -> (Object) new ToolCall.RemoveItem(
                        i == 0 ? LineTarget.last() : LineTarget.line(i)))),
                net.jqwik.api.Tuple.of(2, changes()),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(new ToolCall.DoneOrdering())),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(true, true, false).map(b -> (Object) new ToolCall.ConfirmOrder(b))),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("Mike", "Jen", " ", "Ana").map(n -> (Object) new ToolCall.SetCustomerName(n))),
                net.jqwik.api.Tuple.of(3, fulfillments()),
                net.jqwik.api.Tuple.of(4, Arbitraries.just(new ToolCall.PlaceOrder())),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(new ReadBack())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new ToolCall.CancelOrder())));
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    /** Requests the menu accepts, so that sequences reach the later phases often. */
    private Arbitrary<Object> validAdds() {
        return Arbitraries.of(
                new ToolCall.AddItem(new ItemRequest("cheese", "large", 1, Map.of())),
                new ToolCall.AddItem(new ItemRequest("cheese", "small", 2,
                        Map.of("toppings", List.of(Map.of("id", "pepperoni", "placement", "left"))))),
                new ToolCall.AddItem(new ItemRequest("wings", "12", 1, Map.of("sauce", "hot"))),
                new ToolCall.AddItem(new ItemRequest("soda-can", null, 3, Map.of("flavor", "coke"))),
                new ToolCall.AddItem(new ItemRequest("cheese", "large", 25, Map.of()), true));
    }

    private Arbitrary<Object> adds() {
        Arbitrary<String> ids = Arbitraries.of("cheese", "margherita", "grandma", "meat-lovers", "wings", "garlic-knots",
                "soda-can", "soda-2l", "fries", "cheeseburger", "lobster");
        Arbitrary<String> sizes = Arbitraries.of("small", "large", "sicilian", "6", "12", "24", "jumbo").injectNull(0.3);
        Arbitrary<Integer> quantities = Arbitraries.integers().between(-1, 120).injectNull(0.3);
        Arbitrary<Map<String, Object>> options = Arbitraries.of(
                Map.<String, Object>of(),
                Map.<String, Object>of("toppings", List.of(Map.of("id", "pepperoni", "placement", "whole"))),
                Map.<String, Object>of("toppings", List.of(Map.of("id", "truffle", "placement", "left"))),
                Map.<String, Object>of("crust", "stuffed"),
                Map.<String, Object>of("sauce", "hot"), Map.<String, Object>of("sauce", "ketchup"),
                Map.<String, Object>of("flavor", "coke"), Map.<String, Object>of("flavor", "tab"));
        return Combinators.combine(ids, sizes, quantities, options, Arbitraries.of(true, false))
                .as((id, size, q, o, sure) -> new ToolCall.AddItem(new ItemRequest(id, size, q, o), sure));
    }

    private Arbitrary<Object> changes() {
        return Combinators.combine(Arbitraries.of("small", "large", "12", "mega").injectNull(0.5),
                        Arbitraries.integers().between(0, 30).injectNull(0.5))
                .as((size, q) -> new ToolCall.ChangeItem(LineTarget.last(), new ItemRequest("any", size, q, Map.of())));
    }

    private Arbitrary<Object> fulfillments() {
        return Arbitraries.of(
                new ToolCall.SetFulfillment(Fulfillment.Type.PICKUP, null, null),
                new ToolCall.SetFulfillment(Fulfillment.Type.DELIVERY, "12 Main St", "07030"),
                new ToolCall.SetFulfillment(Fulfillment.Type.DELIVERY, "5 Elm St", "10001"),
                new ToolCall.SetFulfillment(Fulfillment.Type.DELIVERY, null, "07030"));
    }

}
