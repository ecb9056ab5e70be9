package pizzeria.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import pizzeria.flow.Phase;
import pizzeria.menu.MenuItem;
import pizzeria.menu.Resolution;
import pizzeria.order.Order;
import pizzeria.order.OrderDesk;
import pizzeria.order.OrderLine;
import pizzeria.order.OrderStatus;
import pizzeria.order.Tool;
import pizzeria.order.ToolCall;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;

/**
 * Whatever a model streams back (tools the phase forbids, items off the menu, broken JSON, placing before
 * anything was confirmed), the order never changes wrongly: nothing off the menu, nothing placed that the
 * caller did not confirm and hear in full, nothing changed by a call that was refused.
 */
class ModelOutputProperties {
    private static final String PEP = "{\"item_id\":\"cheese\",\"size\":\"large\",\"quantity\":1,\"options\":{\"crust\":null,"
            + "\"toppings\":[{\"id\":\"pepperoni\",\"placement\":\"whole\"}],\"removed\":[]}}";
    private final Tenant tenant = Tenants.reference();

    /** The session's part: speaking the final summary reads the order back. */
    record ReadBack() { }

    @Property(tries = 1000)
    void aModelCannotMakeTheOrderWrong(@ForAll("outputs") List<Object> steps) {
        OrderDesk desk = new OrderDesk(tenant.menu(), tenant.priceRules());
        Order order = Order.open("o", tenant.id(), "+1");
        List<OrderLine> confirmed = null;
        Order heard = null;
        for (Object step : steps) {
            Phase phase = tenant.phases().decide(order);
            if (step instanceof ReadBack) {
                if (phase.allows(Tool.PLACE_ORDER)) { order = order.readBack(); heard = order; }
                continue;
            }
            Order before = order;
            var call = ToolCallReader.read((RawToolCall) step, phase);
            if (call.isEmpty()) continue;
            order = desk.apply(order, call.get(), phase.allowed()).order();
            for (OrderLine l : order.lines()) {
                MenuItem item = tenant.menu().item(l.item().itemId()).orElseThrow(() -> new AssertionError("off the menu: " + l));
                assertThat(item.resolve(l.item().asRequest(l.quantity()))).isEqualTo(new Resolution.Priced(l.item()));
            }
            if (!order.lines().equals(before.lines())) assertThat(order.cartConfirmed()).isFalse();
            if (order.cartConfirmed() && !before.cartConfirmed()) confirmed = order.lines();
            if (order.status() == OrderStatus.PLACED && before.status() != OrderStatus.PLACED) {
                assertThat(call.get()).isInstanceOf(ToolCall.PlaceOrder.class);
                assertThat(order.lines()).isEqualTo(confirmed).isNotEmpty();
                assertThat(heard).isNotNull();
                assertThat(order.lines()).isEqualTo(heard.lines());
                assertThat(String.valueOf(order.fulfillment())).isEqualTo(String.valueOf(heard.fulfillment()));
            }
        }
    }

    @Provide
    Arbitrary<List<Object>> outputs() {
        Arbitrary<Object> raw = Arbitraries.of(
                new RawToolCall("add_item", PEP),
                new RawToolCall("add_item", PEP.replace("\"cheese\"", "\"lobster\"")),
                new RawToolCall("add_item", PEP.replace("pepperoni", "truffle")),
                new RawToolCall("add_item", PEP.replace("\"quantity\":1", "\"quantity\":2000")),
                new RawToolCall("add_item", "{\"item_id\":\"wings\",\"size\":\"12\",\"quantity\":1,\"options\":{\"sauce\":\"hot\",\"dip\":null}}"),
                new RawToolCall("add_item", "{\"item_id\":"),
                new RawToolCall("add_item", "[1,2]"),
                new RawToolCall("remove_item", "{\"line_id\":1,\"quantity\":null}"),
                new RawToolCall("change_item", "{\"line_id\":1,\"size\":\"small\",\"quantity\":null,\"options\":{}}"),
                new RawToolCall("done_ordering", "{}"),
                new RawToolCall("confirm_order", "{\"yes\":true}"),
                new RawToolCall("confirm_order", "{\"yes\":false}"),
                new RawToolCall("confirm_order", "{}"),
                new RawToolCall("set_customer_name", "{\"name\":\"Mike\"}"),
                new RawToolCall("set_fulfillment", "{\"type\":\"pickup\",\"address\":null,\"zip\":null}"),
                new RawToolCall("set_fulfillment", "{\"type\":\"delivery\",\"address\":\"12 Main St\",\"zip\":\"07030\"}"),
                new RawToolCall("set_fulfillment", "{\"type\":\"delivery\",\"address\":\"1 Far Rd\",\"zip\":\"90210\"}"),
                new RawToolCall("place_order", "{}"),
                new RawToolCall("place_order", "not json"),
                new RawToolCall("delete_everything", "{}"),
                new RawToolCall(null, null));
        Arbitrary<Object> step = Arbitraries.frequencyOf(Tuple.of(9, raw), Tuple.of(1, Arbitraries.just(new ReadBack())));
        return step.list().ofMinSize(1).ofMaxSize(60);
    }
}
