package pizzeria.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;

/**
 * Fault injection against a PostgreSQL of this class's own (not the shared test server): while callers keep
 * placing orders over the text channel, the server is frozen (SIGSTOP, longer than the commit deadline), thawed,
 * then killed (SIGKILL) and started again by its supervisor. What every caller was told is checked against
 * what the database holds once it is back, and /health against what the database was doing.
 */
@DisplayName("PostgreSQL frozen, then killed, while callers place orders")
class OutageTest {
    private static final long COMMIT_MS = 1500;
    private static final String[] ORDER = {"a large cheese pie", "no, that's all", "yes", "Sam", "pickup", "yes"};
    private static final String CLOCK = "2026-11-24T18:30:00-05:00";
    private static final Path DIR = Path.of("target", "outage-postgres-" + ProcessHandle.current().pid()).toAbsolutePath();

    private static LocalPostgres server;
    private static String url;
    private static RunningGateway gw;

    /** What one caller was told at the end of their call: its order id, and whether they heard it was placed. */
    private record Told(String callId, String orderId, boolean placed, long waitedMillis) { }

    /** One answer of /health: when, what the database was doing then, the status, and how long it took. */
    private record Health(String db, int status, long millis) { }

    @BeforeAll
    static void start() throws Exception {
        // Durable (synchronous commits), as the gateway runs it: the test server skips them, and a killed server
        // would then lose commits it had acknowledged, which is the server's choice, not the gateway's.
        server = LocalPostgres.at(DIR, freePort());
        url = server.start();
        server.supervise(Duration.ofMillis(500));
        gw = RunningGateway.with(Map.of("DATABASE_URL", url, "ORDER_COMMIT_TIMEOUT_MS", String.valueOf(COMMIT_MS)),
                RunningGateway.SPEC.resolve("restaurant.example.yaml"));
    }

    @AfterAll
    static void stop() {
        if (gw != null) gw.close();
        signal("CONT");
        server.stop();
    }

    @Test
    @org.junit.jupiter.api.Timeout(240)
    @DisplayName("no order lost, none placed twice, none placed after its caller heard it failed; /health honest throughout")
    void ordersSurviveTheOutage() throws Exception {
        List<Told> told = new CopyOnWriteArrayList<>();
        List<Health> health = new CopyOnWriteArrayList<>();
        // Warmed up first: the first call builds the tenant's parser, and the first connections are slow to make.
        told.add(call("+19735550999"));
        health("warming up");
        AtomicBoolean calling = new AtomicBoolean(true);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            int caller = c;
            callers.submit(() -> {
                for (int n = 0; calling.get(); n++) told.add(call("+1973555" + String.format("%02d%02d", caller, n % 100)));
                return null;
            });
        }

        watchHealth("up", 2000, health);
        signal("STOP");
        watchHealth("frozen", 2 * COMMIT_MS + 1000, health);
        signal("CONT");
        awaitHealthy(health);
        watchHealth("up", 1500, health);
        long killed = server.pid().orElseThrow();
        signal("KILL");
        watchHealth("dead", 1500, health);
        awaitHealthy(health);
        assertThat(server.pid()).as("the supervisor started the server again").isPresent().isNotEqualTo(java.util.Optional.of(killed));
        watchHealth("up", 1500, health);
        calling.set(false);
        callers.shutdown();
        assertThat(callers.awaitTermination(60, TimeUnit.SECONDS)).as("every caller's last call ended").isTrue();

        List<Told> placed = told.stream().filter(Told::placed).toList();
        List<Told> failed = told.stream().filter(t -> !t.placed()).toList();
        assertThat(placed).as("callers told their order is in").isNotEmpty();
        assertThat(failed).as("callers told it could not be put through (the freeze outlasted the deadline)").isNotEmpty();
        assertThat(told).as("nobody waited much past the commit deadline")
                .allSatisfy(t -> assertThat(t.waitedMillis()).isLessThan(COMMIT_MS + 2500));

        // The records of the calls handed to staff were kept while the database was away, and are written now.
        Map<String, String> outcomes = awaitRecords(failed);
        assertThat(outcomes).as("every failed call's record, cart kept, handed to staff")
                .hasSize(failed.size()).allSatisfy((call, outcome) -> assertThat(outcome).isEqualTo("transferred"));
        Map<String, String> placedInDb = placedOrders();
        assertThat(placedInDb.keySet()).as("the placed orders in the database are exactly those their callers were told of")
                .containsExactlyInAnyOrderElementsOf(placed.stream().map(Told::orderId).toList());
        assertThat(placedInDb.values()).as("each placed once, by its own call").doesNotHaveDuplicates();

        assertThat(health).filteredOn(h -> !h.db().equals("up")).as("/health while frozen or dead").isNotEmpty()
                .allSatisfy(h -> {
                    assertThat(h.status()).isEqualTo(503);
                    assertThat(h.millis()).isLessThan(1300);
                });
        assertThat(health).filteredOn(h -> h.db().equals("up")).as("/health while up").isNotEmpty()
                .allSatisfy(h -> assertThat(h.status()).isEqualTo(200));
    }

    /** One caller's whole call, to the placing "yes"; what they were told at the end. */
    private static Told call(String from) {
        JsonObject started = gw.post("/v1/calls", new JsonObject().put("to", "+12015550100").put("from", from), Map.of("X-Clock", CLOCK))
                .bodyAsJsonObject();
        String callId = started.getString("callId");
        JsonObject last = null;
        long before = 0;
        for (String line : ORDER) {
            before = System.nanoTime();
            last = gw.say(callId, line);
        }
        long waited = (System.nanoTime() - before) / 1_000_000;
        String orderId = last.getJsonObject("cart").getString("orderId");
        boolean placed = last.getString("orderId") != null;
        if (!placed) assertThat(last.getString("reply")).startsWith("I'm sorry, I couldn't put the order through.");
        return new Told(callId, orderId, placed, waited);
    }

    /** Asks /health every 100 ms for {@code millis}, noting what the database was doing meanwhile. */
    private static void watchHealth(String db, long millis, List<Health> out) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            out.add(health(db));
            Thread.sleep(100); // the pace of a load balancer's checks, against a real server being frozen and killed
        }
    }

    /** After a fault, /health may stay 503 until the server answers again; then it must say 200. */
    private static void awaitHealthy(List<Health> out) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            Health h = health("recovering");
            if (h.status() == 200) return;
            assertThat(h.millis()).as("/health while recovering").isLessThan(1300);
            Thread.sleep(100); // polling a database that is starting again, with a deadline
        }
        throw new AssertionError("/health never answered 200 after the database came back");
    }

    private static Health health(String db) {
        long t = System.nanoTime();
        int status = gw.get("/health", null).statusCode();
        return new Health(db, status, (System.nanoTime() - t) / 1_000_000);
    }

    /** Each failed call's outcome as recorded, once every one is in (the kept records are retried with backoff). */
    private static Map<String, String> awaitRecords(List<Told> calls) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Map<String, String> outcomes = Map.of();
        while (System.nanoTime() < end) {
            outcomes = query("SELECT call_id, outcome FROM t_tonys_pizza.calls");
            outcomes.keySet().retainAll(calls.stream().map(Told::callId).toList());
            if (outcomes.size() == calls.size() && !outcomes.containsValue(null)) return outcomes;
            Thread.sleep(200); // the gateway writes the kept records on its own schedule
        }
        return outcomes;
    }

    /** Placed orders by order id, with the call that placed each. */
    private static Map<String, String> placedOrders() {
        return query("SELECT o.order_id, c.call_id FROM t_tonys_pizza.orders o LEFT JOIN t_tonys_pizza.calls c ON c.order_id = o.order_id"
                + " WHERE o.placed_at IS NOT NULL OR o.status = 'placed'");
    }

    private static Map<String, String> query(String sql) {
        Vertx vertx = Vertx.vertx();
        try {
            io.vertx.sqlclient.SqlClient client = io.vertx.pgclient.PgBuilder.client().connectingTo(url).using(vertx).build();
            Map<String, String> out = new HashMap<>();
            for (Row r : client.query(sql).execute().await()) out.put(r.getString(0), r.getString(1));
            client.close().await();
            return out;
        } finally {
            vertx.close().await();
        }
    }

    /** Sends the signal to the postmaster and every process under it: the whole server freezes, thaws or dies. */
    private static void signal(String name) {
        java.util.Optional<Long> pid = server.pid();
        if (pid.isEmpty()) return;
        List<String> command = new ArrayList<>(List.of("kill", "-" + name, String.valueOf(pid.get())));
        ProcessHandle.of(pid.get()).ifPresent(p -> p.descendants().forEach(d -> command.add(String.valueOf(d.pid()))));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
