package pizzeria.bench.jmh;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import pizzeria.flow.Phase;
import pizzeria.menu.ItemRequest;
import pizzeria.order.Bill;
import pizzeria.order.Order;
import pizzeria.order.OrderDesk;
import pizzeria.order.Pricing;
import pizzeria.order.ToolCall;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;

/** The pure core on the reference tenant: deciding the phase, pricing an order that two deals apply to. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CoreBench {
    private Tenant tenant;
    private Order empty;
    private Order familyNight;

    @Setup
    public void setUp() {
        tenant = Tenants.parse(Path.of("..", "shared", "spec", "restaurant.example.yaml"));
        empty = Order.open("o", tenant.id(), "+19735550123");
        OrderDesk desk = new OrderDesk(tenant.menu(), tenant.priceRules());
        Order o = empty;
        for (ItemRequest r : List.of(new ItemRequest("cheese", "large", 1, Map.of()), new ItemRequest("wings", "12", 1, Map.of("sauce", "hot")),
                new ItemRequest("soda-2l", null, 1, Map.of("flavor", "coke")), new ItemRequest("cheese", "large", 2, Map.of()))) {
            Phase phase = tenant.phases().decide(o);
            o = desk.apply(o, new ToolCall.AddItem(r, false), phase.allowed()).order();
        }
        familyNight = o;
        if (Pricing.bill(familyNight, tenant.menu(), tenant.priceRules()).deals().size() < 2) {
            throw new IllegalStateException("the priced order should use both deals: " + familyNight);
        }
    }

    @Benchmark
    public Phase phaseMachineDecision() {
        return tenant.phases().decide(familyNight);
    }

    @Benchmark
    public Bill pricingWithDeals() {
        return Pricing.bill(familyNight, tenant.menu(), tenant.priceRules());
    }
}
