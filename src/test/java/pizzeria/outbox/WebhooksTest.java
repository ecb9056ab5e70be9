package pizzeria.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.core.buffer.Buffer;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.SqlClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.http.PublicScenarios;
import pizzeria.testing.RunningGateway;
import pizzeria.testing.ScenarioDriver;

@DisplayName("Outbound webhooks: registered, signed as Standard Webhooks, retried, and never lost across a restart")
class WebhooksTest {
    private static final Path TONYS = RunningGateway.SPEC.resolve("restaurant.example.yaml");
    private static final Path GREEN = Path.of("src/test/resources/scenarios/tenants/green-crust.yaml");
    private static final Duration WITHIN = Duration.ofSeconds(10);

    private static RunningGateway gw;
    private static WebhookReceiver receiver;

    @BeforeAll
    static void start() throws Exception {
        // Retries 50 ms apart, doubling: three attempts take a fraction of a second.
        gw = RunningGateway.with(Map.of("WEBHOOK_RETRY_BASE_MS", "50"), TONYS, GREEN);
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        gw.close();
        receiver.close();
    }

    @Test
    @DisplayName("the signer reproduces the Standard Webhooks specification's published test vector byte for byte")
    void publishedTestVector() {
        // From the Standard Webhooks reference libraries' tests: secret, id, timestamp, body and the signature they expect.
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    @DisplayName("an order placed over the text channel reaches the registered receiver once, signed, with the order in it")
    void placedOrderArrivesSigned() throws Exception {
        JsonObject hook = register(gw, "tonys-pizza", receiver.url("/placed"), RunningGateway.ADMIN);
        assertThat(hook.getString("secret")).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(hook.getString("secret").substring(6))).hasSizeGreaterThanOrEqualTo(24);
        try {
            ScenarioDriver.Played played = ScenarioDriver.play(gw, scenario("single-pizza-pickup"));
            String orderId = played.last().getString("orderId");
            assertThat(orderId).isNotNull();
            List<WebhookReceiver.Received> got = receiver.await("/placed", l -> !l.isEmpty(), WITHIN);
            WebhookReceiver.Received r = got.get(0);
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(r.webhookId()).startsWith("msg_");
            assertThat(Long.parseLong(r.timestamp())).isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(300L));
            assertThat(r.signature()).isEqualTo(independentSignature(hook.getString("secret"), r.webhookId(), r.timestamp(), r.body()));
            JsonObject body = new JsonObject(r.body());
            assertThat(body.getString("type")).isEqualTo("order.placed");
            assertThat(body.getString("timestamp")).isNotBlank();
            assertThat(body.getJsonObject("data").getString("orderId")).isEqualTo(orderId);
            assertThat(body.getJsonObject("data").getString("status")).isEqualTo("placed");
            assertThat(body.getJsonObject("data").getString("customerName")).isEqualTo("Mike");

            // The call's record writes the placed order again once it is read back: that announces nothing more.
            gw.get("/admin/tenants/tonys-pizza/calls/" + played.first().getString("callId"), RunningGateway.ADMIN);
            assertThat(outboxRows(gw, "t_tonys_pizza", orderId, hook.getString("id"))).isEqualTo(1);
            JsonArray deliveries = awaitDone(gw, "tonys-pizza", hook.getString("id"), r.webhookId());
            assertThat(deliveries).hasSize(1);
            assertThat(receiver.on("/placed")).hasSize(1);
        } finally {
            remove(gw, "tonys-pizza", hook.getString("id"));
        }
    }

    @Test
    @DisplayName("a status step the kitchen takes reaches the receiver as order.status_changed, with the order as it now is")
    void statusChangeArrives() throws Exception {
        JsonObject hook = register(gw, "tonys-pizza", receiver.url("/status"), RunningGateway.ADMIN);
        try {
            String orderId = ScenarioDriver.play(gw, scenario("single-pizza-pickup")).last().getString("orderId");
            receiver.await("/status", l -> !l.isEmpty(), WITHIN);
            var r = gw.post("/admin/tenants/tonys-pizza/orders/" + orderId + "/status", new JsonObject().put("status", "accepted"),
                    auth(RunningGateway.ADMIN));
            assertThat(r.statusCode()).isEqualTo(200);
            List<WebhookReceiver.Received> got = receiver.await("/status", l -> l.size() >= 2, WITHIN);
            JsonObject body = new JsonObject(got.get(1).body());
            assertThat(body.getString("type")).isEqualTo("order.status_changed");
            assertThat(body.getJsonObject("data").getString("orderId")).isEqualTo(orderId);
            assertThat(body.getJsonObject("data").getString("status")).isEqualTo("accepted");
            assertThat(got.get(1).signature()).isEqualTo(independentSignature(hook.getString("secret"), got.get(1).webhookId(),
                    got.get(1).timestamp(), got.get(1).body()));
        } finally {
            remove(gw, "tonys-pizza", hook.getString("id"));
        }
    }

    @Test
    @DisplayName("a receiver failing twice then succeeding gets three attempts under one webhook-id, and the deliveries say so")
    void retriedUntilTwoHundred() throws Exception {
        receiver.answer("/flaky", 500, 503);
        JsonObject hook = register(gw, "tonys-pizza", receiver.url("/flaky"), RunningGateway.ADMIN);
        try {
            ScenarioDriver.play(gw, scenario("single-pizza-pickup"));
            List<WebhookReceiver.Received> got = receiver.await("/flaky", l -> l.stream().anyMatch(x -> x.answered() == 200), WITHIN);
            assertThat(got).extracting(WebhookReceiver.Received::answered).containsExactly(500, 503, 200);
            assertThat(got).extracting(WebhookReceiver.Received::webhookId).containsOnly(got.get(0).webhookId());
            assertThat(got).extracting(WebhookReceiver.Received::body).containsOnly(got.get(0).body());
            // Each attempt is signed afresh with its own timestamp; each signature holds for that attempt.
            for (WebhookReceiver.Received r : got) {
                assertThat(r.signature()).isEqualTo(independentSignature(hook.getString("secret"), r.webhookId(), r.timestamp(), r.body()));
            }
            JsonArray deliveries = awaitDone(gw, "tonys-pizza", hook.getString("id"), got.get(0).webhookId());
            assertThat(deliveries.stream().map(d -> ((JsonObject) d).getInteger("statusCode")).toList()).containsExactly(500, 503, 200);
            assertThat(deliveries.stream().map(d -> ((JsonObject) d).getInteger("attempt")).toList()).containsExactly(1, 2, 3);
        } finally {
            remove(gw, "tonys-pizza", hook.getString("id"));
        }
    }

    @Test
    @DisplayName("a gateway restarted between a failed attempt and the retry delivers the same webhook-id, once successfully")
    void survivesARestart() throws Exception {
        try (WebhookReceiver pos = new WebhookReceiver()) {
            pos.otherwise = 500;
            RunningGateway first = RunningGateway.with(Map.of("WEBHOOK_RETRY_BASE_MS", "200"), TONYS);
            String database = first.databaseUrl();
            JsonObject hook;
            String webhookId;
            try {
                hook = register(first, "tonys-pizza", pos.url("/pos"), RunningGateway.ADMIN);
                ScenarioDriver.play(first, scenario("single-pizza-pickup"));
                webhookId = pos.await("/pos", l -> !l.isEmpty(), WITHIN).get(0).webhookId();
            } finally {
                first.close();
            }
            int beforeRestart = pos.on("/pos").size();
            assertThat(pos.on("/pos")).extracting(WebhookReceiver.Received::answered).containsOnly(500);
            try (RunningGateway second = RunningGateway.with(Map.of("WEBHOOK_RETRY_BASE_MS", "200", "DATABASE_URL", database), TONYS)) {
                pos.otherwise = 200;
                List<WebhookReceiver.Received> got = pos.await("/pos", l -> l.stream().anyMatch(x -> x.answered() == 200), WITHIN);
                JsonArray deliveries = awaitDone(second, "tonys-pizza", hook.getString("id"), webhookId);
                assertThat(got.size()).isGreaterThan(beforeRestart);
                assertThat(pos.on("/pos")).extracting(WebhookReceiver.Received::webhookId).containsOnly(webhookId);
                assertThat(pos.on("/pos").stream().filter(x -> x.answered() == 200)).hasSize(1);
                assertThat(deliveries).hasSize(pos.on("/pos").size());
                assertThat(((JsonObject) deliveries.getValue(deliveries.size() - 1)).getInteger("statusCode")).isEqualTo(200);
            }
        }
    }

    @Test
    @DisplayName("an owner sees only its own tenant's webhooks: another tenant's answer 404")
    void scoping() {
        String tonysOwner = gw.post("/admin/tenants/tonys-pizza/tokens", new JsonObject(), auth(RunningGateway.ADMIN))
                .bodyAsJsonObject().getString("token");
        JsonObject green = register(gw, "green-crust", receiver.url("/green"), RunningGateway.ADMIN);
        try {
            assertThat(gw.get("/admin/tenants/green-crust/webhooks", tonysOwner).statusCode()).isEqualTo(404);
            assertThat(gw.post("/admin/tenants/green-crust/webhooks", new JsonObject().put("url", receiver.url("/x")), auth(tonysOwner))
                    .statusCode()).isEqualTo(404);
            assertThat(gw.get("/admin/tenants/green-crust/webhooks/" + green.getString("id") + "/deliveries", tonysOwner).statusCode()).isEqualTo(404);
            assertThat(gw.send(HttpMethod.DELETE, "/admin/tenants/green-crust/webhooks/" + green.getString("id"), tonysOwner).statusCode()).isEqualTo(404);
            // Nor is it reachable through the owner's own tenant.
            assertThat(gw.get("/admin/tenants/tonys-pizza/webhooks/" + green.getString("id") + "/deliveries", tonysOwner).statusCode()).isEqualTo(404);
            assertThat(gw.get("/admin/tenants/green-crust/webhooks", null).statusCode()).isEqualTo(401);

            JsonObject own = register(gw, "tonys-pizza", "https://pos.example.com/orders", tonysOwner);
            HttpResponse<Buffer> list = gw.get("/admin/tenants/tonys-pizza/webhooks", tonysOwner);
            assertThat(list.statusCode()).isEqualTo(200);
            JsonObject listed = (JsonObject) list.bodyAsJsonObject().getJsonArray("webhooks").getValue(0);
            assertThat(listed.getString("id")).isEqualTo(own.getString("id"));
            assertThat(listed.getString("url")).isEqualTo("https://pos.example.com/orders");
            assertThat(listed.containsKey("secret")).as("the secret is shown only when registering").isFalse();
            assertThat(gw.send(HttpMethod.DELETE, "/admin/tenants/tonys-pizza/webhooks/" + own.getString("id"), tonysOwner).statusCode()).isEqualTo(204);
            assertThat(gw.send(HttpMethod.DELETE, "/admin/tenants/tonys-pizza/webhooks/" + own.getString("id"), tonysOwner).statusCode()).isEqualTo(404);
            assertThat(gw.get("/admin/tenants/tonys-pizza/webhooks", tonysOwner).bodyAsJsonObject().getJsonArray("webhooks")).isEmpty();
        } finally {
            remove(gw, "green-crust", green.getString("id"));
        }
    }

    @Test
    @DisplayName("a URL that is not https, or plain http to anywhere but this machine, answers 422 with an error")
    void onlyHttpsOrLoopback() {
        for (String url : List.of("http://pos.example.com/orders", "http://10.0.0.7/hook", "ftp://pos.example.com/x", "not a url", "https://")) {
            HttpResponse<Buffer> r = gw.post("/admin/tenants/tonys-pizza/webhooks", new JsonObject().put("url", url), auth(RunningGateway.ADMIN));
            assertThat(r.statusCode()).as(url).isEqualTo(422);
            assertThat(r.bodyAsJsonObject().getString("error")).as(url).isNotBlank();
        }
        HttpResponse<Buffer> none = gw.post("/admin/tenants/tonys-pizza/webhooks", new JsonObject(), auth(RunningGateway.ADMIN));
        assertThat(none.statusCode()).isEqualTo(422);
        for (String url : List.of("http://localhost:9/hook", "http://127.0.0.1:9/hook", "http://[::1]:9/hook")) {
            JsonObject ok = register(gw, "tonys-pizza", url, RunningGateway.ADMIN);
            remove(gw, "tonys-pizza", ok.getString("id"));
        }
        assertThat(gw.post("/admin/tenants/no-such-place/webhooks", new JsonObject().put("url", "https://a.example.com"),
                auth(RunningGateway.ADMIN)).statusCode()).isEqualTo(404);
    }

    /** HMAC-SHA256 as the Standard Webhooks text describes it, computed here with the JDK alone. */
    private static String independentSignature(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    static JsonObject register(RunningGateway gw, String tenant, String url, String token) {
        HttpResponse<Buffer> r = gw.post("/admin/tenants/" + tenant + "/webhooks", new JsonObject().put("url", url), auth(token));
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
        return r.bodyAsJsonObject();
    }

    private static void remove(RunningGateway gw, String tenant, String id) {
        assertThat(gw.send(HttpMethod.DELETE, "/admin/tenants/" + tenant + "/webhooks/" + id, RunningGateway.ADMIN).statusCode()).isEqualTo(204);
    }

    private static Map<String, String> auth(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /** The deliveries of one message once it is done, polled with a deadline. */
    private static JsonArray awaitDone(RunningGateway gw, String tenant, String hookId, String webhookId) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (true) {
            HttpResponse<Buffer> r = gw.get("/admin/tenants/" + tenant + "/webhooks/" + hookId + "/deliveries", RunningGateway.ADMIN);
            assertThat(r.statusCode()).isEqualTo(200);
            JsonArray mine = new JsonArray(r.bodyAsJsonObject().getJsonArray("deliveries").stream()
                    .filter(d -> webhookId.equals(((JsonObject) d).getString("webhookId"))).toList());
            if (!mine.isEmpty() && "done".equals(mine.getJsonObject(mine.size() - 1).getString("state"))) return mine;
            if (System.nanoTime() > deadline) throw new AssertionError("message " + webhookId + " not done: " + r.bodyAsString());
            Thread.sleep(10); // polling the gateway's database-backed answer, up to the deadline above
        }
    }

    private static long outboxRows(RunningGateway gw, String schema, String orderId, String hookId) {
        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        try {
            SqlClient client = PgBuilder.client().connectingTo(gw.databaseUrl()).using(vertx).build();
            long n = client.preparedQuery("SELECT count(*) FROM " + schema + ".outbox WHERE webhook_id = $1 AND (body::jsonb)->'data'->>'orderId' = $2")
                    .execute(io.vertx.sqlclient.Tuple.of(hookId, orderId)).await().iterator().next().getLong(0);
            client.close().await();
            return n;
        } finally {
            vertx.close().await();
        }
    }

    private static Map<String, Object> scenario(String id) {
        return PublicScenarios.load().stream().filter(s -> id.equals(s.get("id"))).findFirst().orElseThrow();
    }
}
