package pizzeria.bench.jmh;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
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
import pizzeria.understand.LocalUnderstander;
import pizzeria.understand.TurnContext;
import pizzeria.understand.Understanding;

/** The pure core on the reference tenant: reading one utterance, deciding the phase, pricing with deals. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CoreBench {
    @Param({"um, lemme get uh two large peperoni pies and a dozen zeppoli", "yes", "delivery, to 221 Washington Street, Hoboken, 07030"})
    public String utterance;

    private Tenant tenant;
    private LocalUnderstander local;
    private Order empty;
    private Order familyNight;
    private TurnContext context;

    @Setup
    public void setUp() {
        tenant = Tenants.parse(Path.of("..", "shared", "spec", "restaurant.example.yaml"));
        local = new LocalUnderstander(tenant.menu());
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
        context = new TurnContext(tenant.phases().decide(empty), empty, null, "");
    }

    @Benchmark
    public Understanding localUnderstanderPerUtterance() {
        return local.read(utterance, context);
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
