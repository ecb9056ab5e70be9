package pizzeria.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;

/**
 * The call-record outbox on disk: a call that ends while the database is away is kept in
 * DATA_DIR/pending-records; the gateway stops before the database is back; the next gateway on the same DATA_DIR
 * writes it. A PostgreSQL of the test's own, stopped and started again (the shared test server stays up).
 */
@DisplayName("A call record kept while the database was away is written by the next start")
class KeptRecordsRestartTest {
    private static final String CLOCK = "2026-11-24T18:30:00-05:00";
    private static final Path DIR = Path.of("target", "kept-records-postgres-" + ProcessHandle.current().pid()).toAbsolutePath();

    private LocalPostgres server;
    private final List<RunningGateway> gateways = new ArrayList<>();

    @AfterEach
    void stop() {
        gateways.forEach(RunningGateway::close);
        if (server != null) server.stop();
    }

    @Test
    @DisplayName("ended with the database down, the gateway stopped, the database back: the next start stores the call and its open cart")
    void writtenAfterARestart() throws Exception {
        server = LocalPostgres.forTests(DIR, freePort());
        String url = server.start();
        Path data = Files.createTempDirectory("gateway-data");
        Path pending = data.resolve("pending-records");
        Map<String, String> env = Map.of("DATABASE_URL", url, "DATA_DIR", data.toString());

        RunningGateway first = gateway(env);
        String callId = first.call("+12015550100", "+19735550121", CLOCK).getString("callId");
        // The tenant's schema is made in the background after the start; made before the outage, so that what is
        // stored before the restart can be read.
        await(() -> schemaMade(url), "the tenant's schema");
        server.stop();
        JsonObject turn = first.say(callId, "a large cheese pie");
        assertThat(turn.getJsonObject("cart").getJsonArray("items")).as(turn.encodePrettily()).hasSize(1);
        assertThat(first.send(io.vertx.core.http.HttpMethod.DELETE, "/v1/calls/" + callId, null).statusCode()).isBetween(200, 299);
        await(() -> files(pending).size() == 1, "the call's record kept in " + pending);
        first.close();
        gateways.remove(first);
        assertThat(files(pending)).as("kept on disk after the stop, the database still away").hasSize(1);

        server.start();
        assertThat(call(url, callId)).as("nothing of the ended call reached the database before the restart")
                .doesNotContainEntry("outcome", "hung_up");
        gateway(env);
        await(() -> "hung_up".equals(call(url, callId).get("outcome")), "the kept record written by the next start");
        assertThat(call(url, callId)).as("the call as stored").containsEntry("caller", "+19735550121")
                .containsEntry("status", "open").containsEntry("lines", "1");
        await(() -> files(pending).isEmpty(), "the pending file removed once written");
    }

    private RunningGateway gateway(Map<String, String> env) throws IOException {
        RunningGateway gw = RunningGateway.with(env, RunningGateway.SPEC.resolve("restaurant.example.yaml"));
        gateways.add(gw);
        return gw;
    }

    /** The call's row (caller, outcome, end) and its order's status and line count; empty when it is not there. */
    private static Map<String, String> call(String url, String callId) {
        Vertx vertx = Vertx.vertx();
        try {
            var client = io.vertx.pgclient.PgBuilder.client().connectingTo(url).using(vertx).build();
            Map<String, String> out = new java.util.HashMap<>();
            for (Row r : client.preparedQuery("SELECT c.caller, c.outcome, c.ended_at::text, o.status,"
                    + " (SELECT count(*) FROM t_tonys_pizza.order_lines l WHERE l.order_id = o.order_id)::text"
                    + " FROM t_tonys_pizza.calls c LEFT JOIN t_tonys_pizza.orders o ON o.order_id = c.order_id WHERE c.call_id = $1")
                    .execute(io.vertx.sqlclient.Tuple.of(callId)).await()) {
                String[] names = {"caller", "outcome", "ended_at", "status", "lines"};
                for (int i = 0; i < names.length; i++) out.put(names[i], r.getString(i));
            }
            client.close().await();
            return out;
        } finally {
            vertx.close().await();
        }
    }

    private static boolean schemaMade(String url) {
        Vertx vertx = Vertx.vertx();
        try {
            var client = io.vertx.pgclient.PgBuilder.client().connectingTo(url).using(vertx).build();
            boolean made = client.query("SELECT to_regclass('t_tonys_pizza.calls') IS NOT NULL").execute().await().iterator().next().getBoolean(0);
            client.close().await();
            return made;
        } finally {
            vertx.close().await();
        }
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The gateway writes files and retries records on its own schedule: polled, with a deadline. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("no " + what + " within 30 s");
            Thread.sleep(50); // polling the gateway's own retries and file writes, with a deadline
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
