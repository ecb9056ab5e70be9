package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;

/** The kitchen's side over HTTP: the live stream of orders, status steps with their history, and the calls. */
@DisplayName("Live orders")
class LiveOrdersTest {
    private static RunningGateway gw;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        gw = RunningGateway.withReferenceTenant();
        http = gw.vertx().createHttpClient();
    }

    @AfterAll
    static void stop() {
        http.close();
        gw.close();
    }

    /** Opens the stream and returns the orders it sends, as they come. */
    private static BlockingQueue<JsonObject> stream(String query, String token, int[] status) throws Exception {
        BlockingQueue<JsonObject> events = new LinkedBlockingQueue<>();
        StringBuilder pending = new StringBuilder();
        // The body handler is set on the client's loop as the response arrives: set later, from this thread, it
        // could miss what the server writes at once (the replay right after ": connected").
        HttpClientResponse response = http.request(new RequestOptions().setMethod(HttpMethod.GET).setHost("localhost")
                        .setPort(gw.port()).setURI("/admin/tenants/tonys-pizza/orders/stream" + query)
                        .putHeader("Authorization", "Bearer " + token))
                .compose(req -> req.send().map(r -> r.handler(buf -> {
                    synchronized (pending) {
                        pending.append(buf.toString());
                        int end;
                        while ((end = pending.indexOf("\n\n")) >= 0) {
                            String event = pending.substring(0, end);
                            pending.delete(0, end + 2);
                            if (!event.startsWith("event: order")) continue;
                            events.add(new JsonObject(event.substring(event.indexOf("data: ") + 6)));
                        }
                    }
                }))).await();
        status[0] = response.statusCode();
        return events;
    }

    private static String placeAnOrder(String from) {
        JsonObject first = gw.call("+12015550100", from, "2026-11-24T18:30:00-05:00");
        String id = first.getString("callId");
        for (String line : List.of("a large pepperoni pie", "that's all", "yes", "Mike", "pickup")) gw.say(id, line);
        JsonObject placed = gw.say(id, "yes");
        assertThat(placed.getString("orderId")).as(placed.encodePrettily()).isNotNull();
        return placed.getString("orderId");
    }

    private static int postStatus(String orderId, String status, String token, JsonObject[] body) {
        var r = gw.post("/admin/tenants/tonys-pizza/orders/" + orderId + "/status", new JsonObject().put("status", status),
                Map.of("Authorization", "Bearer " + token));
        if (body != null) body[0] = r.bodyAsJsonObject();
        return r.statusCode();
    }

    @Test
    @DisplayName("an order placed is on the stream within a second; each status step is too, with its history")
    void streamAndStatus() throws Exception {
        BlockingQueue<JsonObject> events = stream("", RunningGateway.ADMIN, new int[1]);
        String orderId = placeAnOrder("+19735550301");
        JsonObject placed = events.poll(1, TimeUnit.SECONDS);
        assertThat(placed).as("placed, within 1 s").isNotNull();
        assertThat(placed.getString("orderId")).isEqualTo(orderId);
        assertThat(placed.getJsonArray("statusHistory").getJsonObject(0).getString("status")).isEqualTo("placed");

        JsonObject[] body = new JsonObject[1];
        assertThat(postStatus(orderId, "ready", RunningGateway.ADMIN, body)).as("no step skipped").isEqualTo(409);
        assertThat(postStatus(orderId, "accepted", RunningGateway.ADMIN, body)).isEqualTo(200);
        assertThat(body[0].getString("status")).isEqualTo("accepted");
        assertThat(events.poll(1, TimeUnit.SECONDS).getString("status")).isEqualTo("accepted");
        assertThat(postStatus(orderId, "ready", RunningGateway.ADMIN, body)).isEqualTo(200);
        assertThat(postStatus(orderId, "out_for_delivery", RunningGateway.ADMIN, body)).as("a pickup is never out for delivery").isEqualTo(409);
        assertThat(postStatus(orderId, "completed", RunningGateway.ADMIN, body)).isEqualTo(200);
        assertThat(body[0].getJsonArray("statusHistory").stream().map(o -> ((JsonObject) o).getString("status")).toList())
                .containsExactly("placed", "accepted", "ready", "completed");
        assertThat(postStatus("no-such-order", "accepted", RunningGateway.ADMIN, null)).isEqualTo(404);

        JsonObject stored = gw.get("/admin/tenants/tonys-pizza/orders", RunningGateway.ADMIN).bodyAsJsonObject()
                .getJsonArray("orders").stream().map(o -> (JsonObject) o).filter(o -> o.getString("orderId").equals(orderId))
                .findFirst().orElseThrow();
        assertThat(stored.getString("status")).as("the call's record, written again after, does not undo the kitchen").isEqualTo("completed");
    }

    @Test
    @DisplayName("a board reconnecting with ?since gets what it missed first; the calls list shows the calls, newest first")
    void replayAndCalls() throws Exception {
        String first = placeAnOrder("+19735550302");
        String second = placeAnOrder("+19735550303");
        BlockingQueue<JsonObject> events = stream("?since=" + first, RunningGateway.ADMIN, new int[1]);
        // The replay is a query after the subscription (not the live path's 1 s promise): a busy machine gets longer.
        JsonObject missed = events.poll(10, TimeUnit.SECONDS);
        assertThat(missed).as("the order placed after ?since, replayed").isNotNull();
        assertThat(missed.getString("orderId")).isEqualTo(second);

        var calls = gw.get("/admin/tenants/tonys-pizza/calls?outcome=placed", RunningGateway.ADMIN).bodyAsJsonObject().getJsonArray("calls");
        assertThat(calls.size()).isGreaterThanOrEqualTo(2);
        assertThat(calls.getJsonObject(0).getString("orderId")).isEqualTo(second);
        assertThat(calls.getJsonObject(0).getString("from")).isEqualTo("+19735550303");
        assertThat(calls.getJsonObject(0).getString("outcome")).isEqualTo("placed");
        assertThat(calls.getJsonObject(0).containsKey("costTotal")).isTrue();
        assertThat(gw.get("/admin/tenants/tonys-pizza/calls?outcome=bogus", RunningGateway.ADMIN).statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("another tenant's owner reaches none of it")
    void scoped() throws Exception {
        int[] status = new int[1];
        stream("", "not-a-token", status);
        assertThat(status[0]).isEqualTo(401);
        assertThat(gw.get("/admin/tenants/nobody/calls", RunningGateway.ADMIN).statusCode()).isEqualTo(404);
    }
}
