package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;

@DisplayName("The admin API")
class AdminApiTest {
    private static RunningGateway gw;
    private static String shack;

    @BeforeAll
    static void start() throws Exception {
        gw = RunningGateway.withReferenceTenant();
        shack = Files.readString(Path.of("restaurants", "slice-shack.yaml"));
    }

    @AfterAll
    static void stop() {
        gw.close();
    }

    private static String tenantCopy(String id, String number) {
        return shack.replace("id: slice-shack", "id: " + id)
                .replace("phone_numbers: [\"+12155550177\", \"+12155550178\"]", "phone_numbers: [\"" + number + "\"]");
    }

    @Test
    @DisplayName("a tenant that went live from the folder at the start has its file recorded, exactly, as version 1")
    void folderTenantRecorded() throws Exception {
        String file = Files.readString(Path.of("..", "shared", "spec", "restaurant.example.yaml"));
        JsonObject shown = gw.get("/admin/tenants/tonys-pizza", RunningGateway.ADMIN).bodyAsJsonObject();
        assertThat(shown.getInteger("version")).isEqualTo(1);
        assertThat(shown.getString("yaml")).isEqualTo(file);
        assertThat(gw.get("/health", null).bodyAsJsonObject().getInteger("versionsPending")).isZero();
    }

    @Test
    @DisplayName("onboards a new tenant whose number then answers calls")
    void onboardAndCall() {
        var put = gw.putYaml("/admin/tenants/new-shack", tenantCopy("new-shack", "+12155550900"), RunningGateway.ADMIN);
        assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
        assertThat(put.bodyAsJsonObject().getInteger("version")).isEqualTo(1);
        JsonObject call = gw.call("+12155550900", "+12675550100", "2026-11-24T12:00:00-05:00");
        assertThat(call.getString("tenant")).isEqualTo("new-shack");
        assertThat(call.getBoolean("ended")).isFalse();
        assertThat(gw.say(call.getString("callId"), "a white slice").getJsonObject("cart").getJsonArray("items")).hasSize(1);
    }

    @Test
    @DisplayName("refuses a broken upload with paths and line numbers, and the old version keeps answering")
    void badUploadKeepsOldVersion() {
        String good = tenantCopy("bad-shack", "+12155550901");
        assertThat(gw.putYaml("/admin/tenants/bad-shack", good, RunningGateway.ADMIN).statusCode()).isEqualTo(200);
        String broken = good.replace("price_cents: {slice: 325, pie: 1800}", "price_cents: {slice: -3, pie: 1800}")
                .replace("plugins: [pizza, items]", "plugins: [pizza, items, sushi]");
        var put = gw.putYaml("/admin/tenants/bad-shack", broken, RunningGateway.ADMIN);
        assertThat(put.statusCode()).isEqualTo(422);
        JsonArray errors = put.bodyAsJsonObject().getJsonArray("errors");
        assertThat(errors.stream().map(e -> (JsonObject) e))
                .anySatisfy(e -> {
                    assertThat(e.getString("path")).isEqualTo("plugins[2]");
                    assertThat(e.getInteger("line")).isEqualTo(lineOf(broken, "plugins: [pizza"));
                })
                .anySatisfy(e -> {
                    assertThat(e.getString("path")).startsWith("menu[0].pizzas[0].price_cents");
                    assertThat(e.getInteger("line")).isEqualTo(lineOf(broken, "slice: -3"));
                });
        JsonObject call = gw.call("+12155550901", "+12675550101", "2026-11-24T12:00:00-05:00");
        assertThat(call.getString("tenant")).isEqualTo("bad-shack");
        JsonObject shown = gw.get("/admin/tenants/bad-shack", RunningGateway.ADMIN).bodyAsJsonObject();
        assertThat(shown.getInteger("version")).isEqualTo(1);
        assertThat(shown.getString("yaml")).as("the live version's text, exactly as uploaded").isEqualTo(good);
    }

    @Test
    @DisplayName("rejects a number another tenant already answers: 409, naming the number and its owner")
    void duplicateNumber() {
        var put = gw.putYaml("/admin/tenants/copycat", tenantCopy("copycat", "+12015550100"), RunningGateway.ADMIN);
        assertThat(put.statusCode()).isEqualTo(409);
        assertThat(put.bodyAsJsonObject().getString("error")).isEqualTo("+12015550100 already belongs to tenant tonys-pizza");
        assertThat(put.bodyAsJsonObject().getString("owner")).isEqualTo("tonys-pizza");
        assertThat(gw.call("+12015550100", "+1", null).getString("tenant")).isEqualTo("tonys-pizza");
    }

    @Test
    @DisplayName("an owner token sees its own tenant only: others are 404, listing is refused")
    void ownerScope() {
        assertThat(gw.putYaml("/admin/tenants/owned", tenantCopy("owned", "+12155550902"), RunningGateway.ADMIN).statusCode()).isEqualTo(200);
        var created = gw.send(HttpMethod.POST, "/admin/tenants/owned/tokens", RunningGateway.ADMIN);
        assertThat(created.statusCode()).isEqualTo(201);
        String owner = created.bodyAsJsonObject().getString("token");
        assertThat(gw.get("/admin/tenants/owned", owner).statusCode()).isEqualTo(200);
        assertThat(gw.get("/admin/tenants/owned/orders", owner).statusCode()).isEqualTo(200);
        assertThat(gw.get("/admin/tenants/tonys-pizza", owner).statusCode()).isEqualTo(404);
        assertThat(gw.get("/admin/tenants/tonys-pizza/orders", owner).statusCode()).isEqualTo(404);
        assertThat(gw.get("/admin/tenants", owner).statusCode()).isEqualTo(403);
        assertThat(gw.send(HttpMethod.POST, "/admin/tenants/owned/tokens", owner).statusCode()).isEqualTo(403);
        assertThat(gw.get("/admin/tenants", "not-a-token").statusCode()).isEqualTo(401);
        assertThat(gw.get("/admin/tenants", RunningGateway.ADMIN).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("a tenant that does not exist answers 404 on every route under it, and no schema is made for it")
    void unknownTenant() {
        for (String path : java.util.List.of("/admin/tenants/nobody-here/orders", "/admin/tenants/nobody-here/calls/CA123",
                "/admin/tenants/nobody-here/calls", "/admin/tenants/nobody-here/costs", "/admin/tenants/nobody-here/availability",
                "/admin/tenants/nobody-here/webhooks", "/admin/tenants/nobody-here")) {
            var r = gw.get(path, RunningGateway.ADMIN);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.bodyAsJsonObject().getString("error")).as(path).isEqualTo("no such tenant");
        }
        assertThat(schemaExists("t_nobody_here")).isFalse();
    }

    @Test
    @DisplayName("an id that cannot be a tenant's (SQL, capitals, too long) is refused with a JSON 400, never a 500")
    void malformedTenantIds() {
        for (String id : java.util.List.of("x'%3B%20DROP%20SCHEMA%20gateway%3B--", "Tonys", "a", "t".repeat(41), "x%22y")) {
            for (String path : java.util.List.of("/admin/tenants/" + id, "/admin/tenants/" + id + "/orders",
                    "/admin/tenants/" + id + "/calls/CA1")) {
                var r = gw.get(path, RunningGateway.ADMIN);
                assertThat(r.statusCode()).as(path).isEqualTo(400);
                assertThat(r.bodyAsJsonObject().getString("error")).as(path).contains("not a tenant id");
            }
        }
        var put = gw.putYaml("/admin/tenants/x'%3B--", tenantCopy("x", "+12155550990"), RunningGateway.ADMIN);
        assertThat(put.statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("an upload that is not sent as application/yaml gets a JSON 415 saying what to send, and no stack trace in the log")
    void uploadContentType() {
        java.util.List<java.util.logging.LogRecord> severe = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override public void publish(java.util.logging.LogRecord r) {
                if (r.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) severe.add(r);
            }
            @Override public void flush() { }
            @Override public void close() { }
        };
        java.util.logging.Logger.getLogger("").addHandler(capture);
        var client = io.vertx.ext.web.client.WebClient.create(gw.vertx());
        try {
            // curl --data-binary without -H sends a form type; a tenant's text with '%' in it is not a valid form
            String yaml = tenantCopy("typed-shack", "+12155550904").replace("name: The Slice Shack", "name: \"100% Slice Shack\"");
            for (String type : new String[]{"application/x-www-form-urlencoded", "text/plain", null}) {
                var req = client.put(gw.port(), "127.0.0.1", "/admin/tenants/typed-shack").bearerTokenAuthentication(RunningGateway.ADMIN);
                if (type != null) req.putHeader("Content-Type", type);
                var r = req.sendBuffer(io.vertx.core.buffer.Buffer.buffer(yaml)).await();
                assertThat(r.statusCode()).as(String.valueOf(type)).isEqualTo(415);
                assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
                assertThat(r.bodyAsJsonObject().getString("error")).as(String.valueOf(type)).contains("Content-Type: application/yaml");
            }
            assertThat(gw.putYaml("/admin/tenants/typed-shack", yaml, RunningGateway.ADMIN).statusCode()).isEqualTo(200);
            assertThat(severe).extracting(java.util.logging.LogRecord::getMessage).isEmpty();
        } finally {
            client.close();
            java.util.logging.Logger.getLogger("").removeHandler(capture);
        }
    }

    @Test
    @DisplayName("two uploads claiming one new number at once: one owner, decided by the database; the other is told why (409); routing agrees")
    void concurrentClaims() {
        var client = io.vertx.ext.web.client.WebClient.create(gw.vertx());
        try {
            for (int round = 0; round < 8; round++) {
                String number = "+1215555" + (1100 + round);
                java.util.List<String> ids = java.util.List.of("race-a-" + round, "race-b-" + round);
                var puts = ids.stream().map(id -> client.put(gw.port(), "127.0.0.1", "/admin/tenants/" + id)
                        .bearerTokenAuthentication(RunningGateway.ADMIN).putHeader("Content-Type", "application/yaml")
                        .sendBuffer(io.vertx.core.buffer.Buffer.buffer(tenantCopy(id, number)))).toList();
                io.vertx.core.Future.join(puts).await();
                var statuses = puts.stream().map(f -> f.result().statusCode()).sorted().toList();
                assertThat(statuses).as("round " + round + ": " + puts.stream().map(f -> f.result().bodyAsString()).toList())
                        .containsExactly(200, 409);
                int winner = puts.get(0).result().statusCode() == 200 ? 0 : 1;
                JsonObject refused = puts.get(1 - winner).result().bodyAsJsonObject();
                assertThat(refused.getString("number")).isEqualTo(number);
                assertThat(refused.getString("owner")).isEqualTo(ids.get(winner));
                assertThat(refused.getString("error")).isEqualTo(number + " already belongs to tenant " + ids.get(winner));

                assertThat(gw.gateway().registry().byNumber(number)).as("routing, round " + round)
                        .map(t -> t.id()).contains(ids.get(winner));
                JsonArray recorded = gw.get("/admin/tenants", RunningGateway.ADMIN).bodyAsJsonObject().getJsonArray("tenants");
                assertThat(recorded.stream().map(t -> (JsonObject) t).filter(t -> t.getJsonArray("phoneNumbers").contains(number))
                        .map(t -> t.getString("id")).toList()).as("the database's owner, round " + round).containsExactly(ids.get(winner));
                assertThat(gw.call(number, "+12675550900", "2026-11-24T12:00:00-05:00").getString("tenant")).isEqualTo(ids.get(winner));
            }
        } finally {
            client.close();
        }
    }

    private static boolean schemaExists(String schema) {
        var pool = io.vertx.pgclient.PgBuilder.pool().connectingTo(gw.databaseUrl()).using(gw.vertx()).build();
        try {
            return pool.preparedQuery("SELECT count(*) FROM information_schema.schemata WHERE schema_name = $1")
                    .execute(io.vertx.sqlclient.Tuple.of(schema)).map(rows -> rows.iterator().next().getLong(0) > 0).await();
        } finally {
            pool.close().await();
        }
    }

    @Test
    @DisplayName("deleting a tenant stops its routing")
    void deleteStopsRouting() {
        assertThat(gw.putYaml("/admin/tenants/gone", tenantCopy("gone", "+12155550903"), RunningGateway.ADMIN).statusCode()).isEqualTo(200);
        assertThat(gw.send(HttpMethod.DELETE, "/admin/tenants/gone", RunningGateway.ADMIN).statusCode()).isEqualTo(200);
        assertThat(gw.post("/v1/calls", new JsonObject().put("to", "+12155550903").put("from", "+1")).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("health is 200 with the database up and tenants loaded; metrics count calls")
    void healthAndMetrics() {
        assertThat(gw.get("/health", null).statusCode()).isEqualTo(200);
        gw.call("+12015550101", "+19735550000", "2026-11-24T18:30:00-05:00");
        assertThat(gw.get("/metrics", null).bodyAsString()).contains("gateway_calls_total").contains("gateway_active_calls");
    }

    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError(needle + " not in text");
    }
}
