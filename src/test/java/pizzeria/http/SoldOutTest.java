package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;

/** Sold out ("86"): the owner's list, effective at once for a call in progress, never added by anyone. */
@DisplayName("Sold out")
class SoldOutTest {
    private static RunningGateway gw;

    @BeforeAll
    static void start() throws Exception {
        gw = RunningGateway.withReferenceTenant();
    }

    @AfterAll
    static void stop() {
        gw.close();
    }

    private static int put(JsonObject body) {
        return putJson("/admin/tenants/tonys-pizza/availability", body);
    }

    private static int putJson(String path, JsonObject body) {
        var client = io.vertx.ext.web.client.WebClient.create(gw.vertx());
        try {
            return client.put(gw.port(), "localhost", path).bearerTokenAuthentication(RunningGateway.ADMIN)
                    .sendJsonObject(body).await().statusCode();
        } finally {
            client.close();
        }
    }

    private static JsonArray cart(JsonObject turn) {
        return turn.getJsonObject("cart").getJsonArray("items");
    }

    @Test
    @DisplayName("marked sold out during a call: the agent says it is out and offers the rest, and adds nothing of it")
    void duringACall() {
        String id = gw.call("+12015550100", "+19735550401", "2026-11-24T18:30:00-05:00").getString("callId");
        gw.say(id, "a large pepperoni pie");
        assertThat(put(new JsonObject().put("unavailable", new JsonArray().add("garlic-knots").add("topping:anchovies")))).isEqualTo(200);
        JsonObject now = gw.get("/admin/tenants/tonys-pizza/availability", RunningGateway.ADMIN).bodyAsJsonObject();
        assertThat(now.getJsonArray("unavailable").getList()).containsExactly("garlic-knots", "topping:anchovies");
        assertThat(now.getString("until")).as("until the end of today's hours").isNotNull();

        JsonObject knots = gw.say(id, "and an order of garlic knots");
        assertThat(knots.getString("reply")).contains("Sorry, we're out of the Garlic Knots today.").contains("We do have");
        assertThat(cart(knots)).hasSize(1);
        JsonObject anchovies = gw.say(id, "and a small pie with anchovies");
        assertThat(anchovies.getString("reply")).contains("Sorry, we're out of anchovies today.");
        assertThat(cart(anchovies)).hasSize(1);
        assertThat(cart(gw.say(id, "and a can of coke"))).hasSize(2);

        assertThat(put(new JsonObject().put("unavailable", new JsonArray().add("garlic-knots"))
                .put("until", Instant.now().minusSeconds(60).toString()))).isEqualTo(200);
        assertThat(gw.get("/admin/tenants/tonys-pizza/availability", RunningGateway.ADMIN).bodyAsJsonObject()
                .getJsonArray("unavailable")).as("its time has passed").isEmpty();
        assertThat(gw.say(id, "and an order of garlic knots").getString("reply")).doesNotContain("out of").contains("Garlic Knots");
    }

    @Test
    @DisplayName("an id the menu lacks is refused with 422, a malformed list with 400, another tenant with 404")
    void badInput() {
        assertThat(putJson("/admin/tenants/tonys-pizza/availability", new JsonObject().put("unavailable", new JsonArray().add("caviar")))).isEqualTo(422);
        assertThat(putJson("/admin/tenants/tonys-pizza/availability", new JsonObject().put("unavailable", new JsonArray().add("topping:caviar"))))
                .as("a topping the menu lacks").isEqualTo(422);
        assertThat(putJson("/admin/tenants/tonys-pizza/availability", new JsonObject().put("unavailable", new JsonArray().add("option:sauce/ketchup"))))
                .as("an option no choice offers").isEqualTo(422);
        assertThat(putJson("/admin/tenants/tonys-pizza/availability", new JsonObject().put("unavailable", "garlic-knots"))).isEqualTo(400);
        assertThat(putJson("/admin/tenants/tonys-pizza/availability", new JsonObject().put("unavailable", new JsonArray().add("option:sauce"))))
                .isEqualTo(400);
        assertThat(putJson("/admin/tenants/nobody/availability", new JsonObject().put("unavailable", new JsonArray()))).isEqualTo(404);
        putJson("/admin/tenants/tonys-pizza/availability", new JsonObject().put("unavailable", new JsonArray()));
    }
}
