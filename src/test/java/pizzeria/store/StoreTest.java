package pizzeria.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.TestPostgres;

@DisplayName("The stores, on a real PostgreSQL")
class StoreTest {
    private static Vertx vertx;
    private static Database db;
    private static String url;

    @BeforeAll
    static void connect() {
        vertx = Vertx.vertx();
        url = TestPostgres.freshDatabase("store");
        db = Database.connect(vertx, url).await();
    }

    @AfterAll
    static void close() {
        db.close().await();
        vertx.close().await();
    }

    private static JsonObject call(String callId, String orderId, String status, String speaker) {
        JsonObject order = new JsonObject().put("orderId", orderId).put("tenant", "shop").put("status", status)
                .put("customerName", "Mike").put("callerPhone", "+1").putNull("fulfillment")
                .put("items", new JsonArray().add(new JsonObject().put("lineId", 1).put("itemId", "cheese").put("name", "Cheese")
                        .putNull("size").put("quantity", 2).put("options", new JsonObject()).put("unitPriceCents", 100).put("lineTotalCents", 200)))
                .put("subtotalCents", 200).put("discountCents", 0).put("deliveryFeeCents", 0).put("taxCents", 13).put("totalCents", 213)
                .put("deals", new JsonArray());
        return new JsonObject().put("callId", callId).put("tenantVersion", 1).put("channel", "text").put("from", "+1").put("to", "+2")
                .put("startedAt", "2026-11-24T23:00:00Z").put("endedAt", "2026-11-24T23:01:00Z").put("outcome", status)
                .putNull("transferTo").put("phases", new JsonArray().add("take_order")).put("order", order)
                .put("turns", new JsonArray().add(new JsonObject().put("seq", 1).put("speaker", speaker).put("text", "hi")
                        .put("phase", "take_order").put("at", "2026-11-24T23:00:01Z")));
    }

    @Test
    @DisplayName("a call, its order, lines and turns are written together, or not at all")
    void oneTransaction() {
        db.schemaReady("shop").await();
        db.schemaReady("shop").await(); // once per process
        OrderStore orders = new OrderStore(db);
        orders.saveCall("shop", call("c1", "o1", "placed", "caller")).await();
        assertThat(orders.orders("shop", null, "placed").await()).extracting(o -> o.getString("orderId")).containsExactly("o1");
        assertThat(orders.call("shop", "c1").await()).hasValueSatisfying(c -> assertThat(c.getJsonArray("turns")).hasSize(1));

        boolean failed = orders.saveCall("shop", call("c2", "o2", "placed", "robot")).transform(r -> io.vertx.core.Future.succeededFuture(r.failed())).await();
        assertThat(failed).isTrue();
        assertThat(orders.orders("shop", null, null).await()).extracting(o -> o.getString("orderId")).containsExactly("o1");
        assertThat(orders.call("shop", "c2").await()).isEmpty();
    }

    @Test
    @DisplayName("placing an order commits the order and its lines alone, or nothing; the call's record follows")
    void orderAlone() {
        OrderStore orders = new OrderStore(db);
        JsonObject call = call("c5", "o5", "placed", "caller");
        orders.saveOrder("counter", call.getJsonObject("order")).await();
        assertThat(orders.orders("counter", null, "placed").await()).extracting(o -> o.getString("orderId")).contains("o5");
        assertThat(orders.call("counter", "c5").await()).isEmpty();
        orders.saveCall("counter", call).await();
        assertThat(orders.call("counter", "c5").await()).isPresent();

        JsonObject bad = call("c6", "o6", "placed", "caller").getJsonObject("order");
        bad.getJsonArray("items").add(bad.getJsonArray("items").getJsonObject(0).copy().put("lineId", 2).put("quantity", 0));
        boolean failed = orders.saveOrder("counter", bad).transform(r -> io.vertx.core.Future.succeededFuture(r.failed())).await();
        assertThat(failed).isTrue();
        assertThat(orders.orders("counter", null, null).await()).extracting(o -> o.getString("orderId")).doesNotContain("o6");
        // the connection that saw the failure is clean again: every pooled connection still writes
        for (int i = 0; i < 20; i++) orders.saveOrder("counter", call("c7", "o7-" + i, "placed", "caller").getJsonObject("order")).await();
        assertThat(orders.orders("counter", null, "placed").await()).hasSizeGreaterThanOrEqualTo(21);
    }

    @Test
    @DisplayName("a tenant served before its schema exists: its first call waits for the schema and is stored")
    void schemaMadeOnFirstNeed() {
        OrderStore orders = new OrderStore(db);
        db.holdSchemas(); // as a start does
        db.prepareSchema("late1");
        db.prepareSchema("late2");
        assertThat(db.schemasPending()).as("queued until the start has loaded its tenants").isEqualTo(2);
        orders.saveCall("late2", call("c9", "o9", "placed", "caller")).await();
        assertThat(orders.orders("late2", null, null).await()).extracting(o -> o.getString("orderId")).containsExactly("o9");
        db.startPreparingSchemas();
        db.schemasSettled().await();
        assertThat(db.schemasPending()).isZero();
        assertThat(orders.orders("late1", null, null).await()).isEmpty();
        // a second process finds the schemas made and the versions recorded
        Database again = Database.connect(vertx, url).await();
        try {
            assertThat(new OrderStore(again).orders("late2", null, null).await()).hasSize(1);
        } finally {
            again.close().await();
        }
    }

    @Test
    @DisplayName("versions written together share transactions, yet a bad one fails alone")
    void versionsInBatches() {
        TenantStore tenants = new TenantStore(db.pool());
        List<io.vertx.core.Future<Integer>> saved = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            List<String> numbers = i == 7 ? java.util.Arrays.asList("+1555990007", null) : List.of("+1555990" + String.format("%03d", i));
            saved.add(tenants.saveVersion("batch" + i, "n: " + i, "h" + i, numbers));
        }
        io.vertx.core.Future.join(saved).otherwiseEmpty().await();
        for (int i = 0; i < 250; i++) {
            if (i == 7) assertThat(saved.get(i).failed()).as("a number that is null").isTrue();
            else assertThat(saved.get(i).result()).as("batch" + i).isEqualTo(1);
        }
        assertThat(tenants.list().await()).extracting(t -> t.getString("id")).contains("batch0", "batch249").doesNotContain("batch7");
        assertThat(tenants.saveVersion("batch3", "n: 3", "h3", List.of("+1555990003")).await()).isEqualTo(1);
        assertThat(tenants.saveVersion("batch3", "n: 3 changed", "h3b", List.of("+1555990003")).await()).isEqualTo(2);
    }

    @Test
    @DisplayName("a start checks its files against the newest versions read at once: unchanged, changed, new and disabled tenants")
    void startAgainstNewestVersions() {
        TenantStore before = new TenantStore(db.pool());
        assertThat(before.saveVersion("s-same", "a: 1", "s1", List.of("+15553001")).await()).isEqualTo(1);
        assertThat(before.saveVersion("s-changed", "a: 1", "c1", List.of("+15553002")).await()).isEqualTo(1);
        assertThat(before.saveVersion("s-off", "a: 1", "o1", List.of("+15553003")).await()).isEqualTo(1);
        before.disable("s-off").await();

        TenantStore restarted = new TenantStore(db.pool());
        NewestVersions newest = restarted.newestVersions().await();
        assertThat(newest.expectedVersion("s-same", "s1")).isEqualTo(1);
        assertThat(newest.expectedVersion("s-changed", "c2")).isEqualTo(2);
        assertThat(newest.expectedVersion("s-new", "n1")).isEqualTo(1);
        assertThat(newest.expectedVersion("s-off", "o1")).isEqualTo(1);
        assertThat(newest.isNewest("s-same", "s1")).as("unchanged: nothing to write").isTrue();
        assertThat(newest.isNewest("s-changed", "c2")).isFalse();
        assertThat(newest.isNewest("s-new", "n1")).isFalse();
        assertThat(newest.isNewest("s-off", "o1")).as("disabled: written again to enable it").isFalse();
        assertThat(restarted.saveVersion("s-same", "a: 1", "s1", List.of("+15553001")).await()).isEqualTo(1);
        assertThat(restarted.writeVersion("s-changed", "a: 2", "c2", List.of("+15553002")).await()).isEqualTo(2);
        assertThat(restarted.writeVersion("s-new", "a: 1", "n1", List.of("+15553004")).await()).isEqualTo(1);
        assertThat(restarted.writeVersion("s-off", "a: 1", "o1", List.of("+15553003")).await()).as("re-enabled, same text").isEqualTo(1);
        assertThat(restarted.list().await()).filteredOn(t -> t.getString("id").startsWith("s-"))
                .allSatisfy(t -> assertThat(t.getBoolean("enabled")).isTrue()).hasSize(4);
        assertThat(restarted.yaml("s-changed", 2).await()).contains("a: 2");
        assertThat(restarted.saveVersion("s-same", "a: 3", "s3", List.of("+15553001")).await()).as("after the start, asked anew").isEqualTo(2);
        assertThat(newest.isNewest("s-same", "s1")).as("a snapshot: later writes are not in it").isTrue();
        assertThat(restarted.newestVersions().await().isNewest("s-same", "s1")).isFalse();
    }

    @Test
    @DisplayName("the same text is one version; a change is the next; owner tokens resolve to their tenant only")
    void versionsAndTokens() {
        TenantStore tenants = new TenantStore(db.pool());
        assertThat(tenants.saveVersion("t1", "a: 1", "h1", List.of("+15550001")).await()).isEqualTo(1);
        assertThat(tenants.saveVersion("t1", "a: 1", "h1", List.of("+15550001")).await()).isEqualTo(1);
        assertThat(tenants.saveVersion("t1", "a: 2", "h2", List.of("+15550002")).await()).isEqualTo(2);
        String token = tenants.createOwnerToken("t1").await();
        assertThat(tenants.tenantOfToken(token).await()).contains("t1");
        assertThat(tenants.tenantOfToken(token + "x").await()).isEmpty();
        tenants.disable("t1").await();
        assertThat(tenants.tenantOfToken(token).await()).isEmpty();
        assertThat(tenants.list().await()).anySatisfy(t -> {
            assertThat(t.getString("id")).isEqualTo("t1");
            assertThat(t.getBoolean("enabled")).isFalse();
            assertThat(t.getInteger("version")).isEqualTo(2);
        });
    }

    @Test
    @DisplayName("an order whose commit reaches the database after its deadline is refused there, and not stored")
    void commitAfterDeadlineRefused() {
        OrderStore orders = new OrderStore(db);
        JsonObject order = call("c7", "o7", "placed", "caller").getJsonObject("order");
        Throwable refused = orders.saveOrder("late", order, null, java.time.Instant.now().minusMillis(1))
                .transform(r -> io.vertx.core.Future.succeededFuture(r.cause())).await();
        assertThat(refused).hasMessageContaining("commit deadline");
        assertThat(orders.order("late", "o7").await()).isEmpty();
        orders.saveOrder("late", order, null, java.time.Instant.now().plusSeconds(5)).await();
        assertThat(orders.order("late", "o7").await()).hasValueSatisfying(o -> assertThat(o.getString("status")).isEqualTo("placed"));
    }

    @Test
    @DisplayName("a placed order written back as open (its caller heard it failed) is not placed, and its unsent announcements are withdrawn")
    void placedThenOpen() {
        OrderStore orders = new OrderStore(db);
        db.schemaReady("undone").await();
        db.pool().query("INSERT INTO t_undone.webhooks (id, url, secret) VALUES ('wh1', 'http://127.0.0.1:9/hook', 's')").execute().await();
        JsonObject call = call("c8", "o8", "placed", "caller");
        orders.saveOrder("undone", call.getJsonObject("order"), new pizzeria.call.Receipt("+2", "+1", "your order")).await();
        assertThat(pending("undone")).isEqualTo(2);

        JsonObject open = call.copy().put("outcome", "transferred");
        open.getJsonObject("order").put("status", "open");
        orders.saveCall("undone", open).await();
        JsonObject stored = orders.order("undone", "o8").await().orElseThrow();
        assertThat(stored.getString("status")).isEqualTo("open");
        assertThat(stored.containsKey("statusHistory")).as("no history that says placed").isFalse();
        assertThat(db.pool().query("SELECT placed_at FROM t_undone.orders WHERE order_id = 'o8'").execute().await()
                .iterator().next().getValue(0)).isNull();
        assertThat(pending("undone")).as("the webhook and the text receipt, withdrawn").isZero();
    }

    private static long pending(String tenant) {
        return db.pool().query("SELECT count(*) FROM t_" + tenant + ".outbox WHERE state = 'pending'").execute().await()
                .iterator().next().getLong(0);
    }
}
