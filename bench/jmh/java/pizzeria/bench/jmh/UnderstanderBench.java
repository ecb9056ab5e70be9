package pizzeria.bench.jmh;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import pizzeria.order.Order;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;
import pizzeria.understand.LocalUnderstander;
import pizzeria.understand.TurnContext;
import pizzeria.understand.Understanding;

/** The local understander reading one utterance: a long order with near-misses, a bare yes, an address. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class UnderstanderBench {
    @Param({"um, lemme get uh two large peperoni pies and a dozen zeppoli", "yes", "delivery, to 221 Washington Street, Hoboken, 07030"})
    public String utterance;

    private LocalUnderstander local;
    private TurnContext context;

    @Setup
    public void setUp() {
        Tenant tenant = Tenants.parse(Path.of("..", "shared", "spec", "restaurant.example.yaml"));
        local = new LocalUnderstander(tenant.menu());
        Order empty = Order.open("o", tenant.id(), "+19735550123");
        context = new TurnContext(tenant.phases().decide(empty), empty, null, "");
    }

    @Benchmark
    public Understanding perUtterance() {
        return local.read(utterance, context);
    }
}
