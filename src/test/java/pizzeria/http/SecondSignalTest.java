package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.store.Database;
import pizzeria.testing.GatewayProcess;
import pizzeria.testing.RunningGateway;

/**
 * An operator who will not wait for the drain (a second Ctrl-C): the calls still in progress are handed over at once,
 * as at DRAIN_MS, and their carts are written before the process exits 0; the second signal never kills the drain.
 */
@DisplayName("A second signal while draining")
class SecondSignalTest {
    private final Vertx vertx = Vertx.vertx();
    private GatewayProcess gw;

    @AfterEach
    void stop() {
        if (gw != null) gw.close();
        vertx.close().await();
    }

    @Test
    @DisplayName("ends the drain now: the text call in progress ends with its cart kept open, and the process exits 0")
    void cutsTheDrainShort() throws Exception {
        gw = GatewayProcess.start(Map.of("DRAIN_MS", "600000"), RunningGateway.SPEC.resolve("restaurant.example.yaml"));
        WebClient http = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(gw.port()));
        JsonObject call = http.post("/v1/calls").putHeader("X-Clock", "2026-11-24T18:30:00-05:00")
                .sendJsonObject(new JsonObject().put("to", "+12015550100").put("from", "+19735550104")).await().bodyAsJsonObject();
        JsonObject turn = http.post("/v1/calls/" + call.getString("callId") + "/turns")
                .sendJsonObject(new JsonObject().put("text", "a large pepperoni pie")).await().bodyAsJsonObject();
        String orderId = turn.getJsonObject("cart").getString("orderId");

        gw.terminate();
        awaitDraining();
        assertThat(gw.alive()).as("the first signal drains: the call in progress has ten minutes").isTrue();
        gw.terminate();
        assertThat(gw.exitCode(Duration.ofSeconds(30))).isZero();
        assertThat(gw.log()).contains("stopping now");

        Vertx reader = Vertx.vertx();
        try {
            Database db = Database.connect(reader, gw.databaseUrl()).await();
            var rows = db.pool().preparedQuery("SELECT status FROM t_tonys_pizza.orders WHERE order_id = $1").execute(Tuple.of(orderId)).await();
            assertThat(rows.size()).as("the cart is stored").isEqualTo(1);
            Row r = rows.iterator().next();
            assertThat(r.getString(0)).isEqualTo("open");
            db.close().await();
        } finally {
            reader.close().await();
        }
    }

    /** Polls the child process's /health until it says draining, with a deadline. */
    private void awaitDraining() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (gw.get("/health").body().contains("draining")) return;
            Thread.sleep(50); // polling a process outside the test JVM, with a deadline
        }
        throw new AssertionError("never draining:\n" + gw.log());
    }
}
