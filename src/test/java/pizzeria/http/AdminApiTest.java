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
    @DisplayName("rejects a number another tenant already answers")
    void duplicateNumber() {
        var put = gw.putYaml("/admin/tenants/copycat", tenantCopy("copycat", "+12015550100"), RunningGateway.ADMIN);
        assertThat(put.statusCode()).isEqualTo(422);
        assertThat(put.bodyAsString()).contains("+12015550100");
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
