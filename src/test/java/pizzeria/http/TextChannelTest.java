package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;

@DisplayName("The text channel")
class TextChannelTest {
    private static final String OPEN = "2026-11-24T18:30:00-05:00";
    private static RunningGateway gw;

    @BeforeAll
    static void start() throws Exception {
        gw = RunningGateway.withReferenceTenant();
    }

    @AfterAll
    static void stop() {
        gw.close();
    }

    private static int items(JsonObject turn) {
        return turn.getJsonObject("cart").getJsonArray("items").size();
    }

    @Test
    @DisplayName("a misheard 'two thousand' never reaches the kitchen; a large quantity is added only once confirmed")
    void quantitySanity() {
        String id = gw.call("+12015550100", "+19735550001", OPEN).getString("callId");
        JsonObject refused = gw.say(id, "two thousand large pepperoni pies");
        assertThat(items(refused)).isZero();
        assertThat(refused.getString("reply")).contains("up to one hundred");
        JsonObject asked = gw.say(id, "thirty large cheese pies");
        assertThat(items(asked)).isZero();
        assertThat(asked.getString("reply")).contains("Just to be sure");
        JsonObject added = gw.say(id, "yes");
        assertThat(added.getJsonObject("cart").getJsonArray("items").getJsonObject(0).getInteger("quantity")).isEqualTo(30);
    }

    @Test
    @DisplayName("'a billion' and 'minus 5' are not heard as 1 and 5: nothing is added and the caller is told why")
    void absurdQuantities() {
        String id = gw.call("+12015550100", "+19735550004", OPEN).getString("callId");
        JsonObject billion = gw.say(id, "a billion large pepperoni pies");
        assertThat(items(billion)).isZero();
        assertThat(billion.getString("reply")).contains("up to one hundred");
        id = gw.call("+12015550100", "+19735550005", OPEN).getString("callId");
        JsonObject negative = gw.say(id, "minus 5 large pepperoni pies");
        assertThat(items(negative)).isZero();
        assertThat(negative.getString("reply")).contains("how many would you like");
        id = gw.call("+12015550100", "+19735550006", OPEN).getString("callId");
        JsonObject typed = gw.say(id, "-3 garlic knots");
        assertThat(items(typed)).isZero();
        assertThat(typed.getString("reply")).contains("how many would you like");
    }

    @Test
    @DisplayName("a hang-up ends the call and keeps its cart, open, in the restaurant's records")
    void hangUpKeepsCart() {
        String id = gw.call("+12015550100", "+19735550002", OPEN).getString("callId");
        gw.say(id, "a large pepperoni pie");
        assertThat(gw.send(HttpMethod.DELETE, "/v1/calls/" + id, null).statusCode()).isEqualTo(200);
        JsonObject call = gw.get("/v1/calls/" + id, null).bodyAsJsonObject();
        assertThat(call.getBoolean("ended")).isTrue();
        assertThat(call.getJsonArray("transcript")).hasSize(3);
        var open = gw.get("/admin/tenants/tonys-pizza/orders?status=open", RunningGateway.ADMIN).bodyAsJsonObject().getJsonArray("orders");
        assertThat(open.stream().map(o -> (JsonObject) o)).anySatisfy(o ->
                assertThat(o.getString("orderId")).isEqualTo(call.getJsonObject("cart").getString("orderId")));
        assertThat(gw.post("/v1/calls/" + id + "/turns", new JsonObject().put("text", "hello")).statusCode()).isEqualTo(409);
        JsonObject record = gw.get("/admin/tenants/tonys-pizza/calls/" + id, RunningGateway.ADMIN).bodyAsJsonObject();
        assertThat(record.getString("outcome")).isEqualTo("hung_up");
    }

    @Test
    @DisplayName("an unknown number is 404; an unknown call is 404; a bad body is 400")
    void errors() {
        assertThat(gw.post("/v1/calls", new JsonObject().put("to", "+19999999999").put("from", "+1")).statusCode()).isEqualTo(404);
        assertThat(gw.post("/v1/calls/nope/turns", new JsonObject().put("text", "hi")).statusCode()).isEqualTo(404);
        String id = gw.call("+12015550100", "+19735550003", OPEN).getString("callId");
        assertThat(gw.post("/v1/calls/" + id + "/turns", new JsonObject()).statusCode()).isEqualTo(400);
    }
}
