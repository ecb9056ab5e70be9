package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.MovableClock;
import pizzeria.testing.RunningGateway;

@DisplayName("Limits on the text channel and the admin API (CONTRACT.md, Operations)")
class LimitsTest {
    private static final String OPEN = "2026-11-24T18:30:00-05:00";
    private static final String TONY = "+12015550100";

    private static HttpResponse<Buffer> start(RunningGateway gw, String from) {
        return gw.post("/v1/calls", new JsonObject().put("to", TONY).put("from", from), Map.of("X-Clock", OPEN));
    }

    private static void assertJsonError(HttpResponse<Buffer> r, int status) {
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
        assertThat(r.getHeader("Content-Type")).startsWith("application/json");
        assertThat(r.bodyAsJsonObject().getString("error")).isNotBlank();
    }

    @Test
    @DisplayName("MAX_CALLS in progress at once: the next text call gets 503 with Retry-After; a call that ends frees its line")
    void gatewayLimit() throws Exception {
        try (RunningGateway gw = RunningGateway.with(Map.of("MAX_CALLS", "3"), RunningGateway.SPEC.resolve("restaurant.example.yaml"))) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                HttpResponse<Buffer> r = start(gw, "+1973555000" + i);
                assertThat(r.statusCode()).isEqualTo(201);
                ids.add(r.bodyAsJsonObject().getString("callId"));
            }
            HttpResponse<Buffer> full = start(gw, "+19735550009");
            assertJsonError(full, 503);
            assertThat(full.getHeader("Retry-After")).isNotBlank();
            assertThat(gw.send(HttpMethod.DELETE, "/v1/calls/" + ids.get(0), null).statusCode()).isEqualTo(200);
            assertThat(start(gw, "+19735550009").statusCode()).isEqualTo(201);
            assertThat(gw.get("/v1/calls/" + ids.get(1), null).bodyAsJsonObject().getBoolean("ended")).as("the calls in progress go on").isFalse();
        }
    }

    @Test
    @DisplayName("a tenant's limits.max_concurrent_calls: its next caller gets 503, another restaurant's callers do not")
    void tenantLimit() throws Exception {
        Path dir = Files.createTempDirectory("limited");
        Path tony = dir.resolve("tonys.yaml");
        Files.writeString(tony, Files.readString(RunningGateway.SPEC.resolve("restaurant.example.yaml"))
                + "\nlimits:\n  max_concurrent_calls: 2\n");
        try (RunningGateway gw = RunningGateway.with(tony, Path.of("restaurants", "slice-shack.yaml"))) {
            assertThat(start(gw, "+19735550001").statusCode()).isEqualTo(201);
            String second = start(gw, "+19735550002").bodyAsJsonObject().getString("callId");
            HttpResponse<Buffer> full = start(gw, "+19735550003");
            assertJsonError(full, 503);
            assertThat(full.getHeader("Retry-After")).isNotBlank();
            HttpResponse<Buffer> shack = gw.post("/v1/calls", new JsonObject().put("to", "+12155550177").put("from", "+19735550004"),
                    Map.of("X-Clock", "2026-11-24T12:00:00-05:00"));
            assertThat(shack.statusCode()).as(shack.bodyAsString()).isEqualTo(201);
            gw.send(HttpMethod.DELETE, "/v1/calls/" + second, null);
            assertThat(start(gw, "+19735550003").statusCode()).isEqualTo(201);
        }
    }

    @Test
    @DisplayName("a text call with no turn for CALL_IDLE_MS ends as a hang-up does, its cart kept open; a call with a recent turn goes on")
    void idleCallEnds() throws Exception {
        MovableClock clock = new MovableClock();
        try (RunningGateway gw = RunningGateway.with(Map.of(), clock, RunningGateway.SPEC.resolve("restaurant.example.yaml"))) {
            String idle = start(gw, "+19735550011").bodyAsJsonObject().getString("callId");
            gw.say(idle, "a large pepperoni pie");
            clock.advance(Duration.ofMinutes(5));
            String busy = start(gw, "+19735550012").bodyAsJsonObject().getString("callId");
            clock.advance(Duration.ofMinutes(5).plusSeconds(30));
            gw.say(busy, "a small cheese pie");
            clock.advance(Duration.ofSeconds(31));
            gw.gateway().endIdleCalls().await();

            JsonObject ended = gw.get("/v1/calls/" + idle, null).bodyAsJsonObject();
            assertThat(ended.getBoolean("ended")).isTrue();
            assertThat(gw.get("/v1/calls/" + busy, null).bodyAsJsonObject().getBoolean("ended")).isFalse();
            var open = gw.get("/admin/tenants/tonys-pizza/orders?status=open", RunningGateway.ADMIN).bodyAsJsonObject().getJsonArray("orders");
            assertThat(open.stream().map(o -> (JsonObject) o)).anySatisfy(o -> {
                assertThat(o.getString("orderId")).isEqualTo(ended.getJsonObject("cart").getString("orderId"));
                assertThat(o.getJsonArray("items")).hasSize(1);
            });
            assertThat(gw.get("/admin/tenants/tonys-pizza/calls/" + idle, RunningGateway.ADMIN).bodyAsJsonObject().getString("outcome"))
                    .isEqualTo("hung_up");
        }
    }

    @Test
    @DisplayName("a client on this machine (a scorer, a scenario harness) is not held to CALL_STARTS_PER_MINUTE unless told")
    void localClientsNotLimitedByDefault() throws Exception {
        try (RunningGateway gw = RunningGateway.with(Map.of("CALL_STARTS_PER_MINUTE", "5"), RunningGateway.SPEC.resolve("restaurant.example.yaml"))) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 30; i++) statuses.add(start(gw, "+19735550100").statusCode());
            assertThat(statuses).containsOnly(201);
        }
    }

    @Test
    @DisplayName("call starts per client address: past CALL_STARTS_PER_MINUTE, 429 with Retry-After and a JSON body")
    void callStartsRateLimited() throws Exception {
        // The test's client is on this machine: the local quota is the one that applies to it.
        try (RunningGateway gw = RunningGateway.with(Map.of("CALL_STARTS_PER_MINUTE", "5", "LOCAL_CALL_STARTS_PER_MINUTE", "5"),
                RunningGateway.SPEC.resolve("restaurant.example.yaml"))) {
            List<Integer> statuses = new ArrayList<>();
            HttpResponse<Buffer> last = null;
            for (int i = 0; i < 30; i++) {
                last = start(gw, "+19735550100");
                statuses.add(last.statusCode());
            }
            assertThat(statuses.subList(0, 5)).containsOnly(201);
            assertThat(statuses.subList(5, 30)).containsOnly(429);
            assertJsonError(last, 429);
            assertThat(Integer.parseInt(last.getHeader("Retry-After"))).isBetween(1, 60);
        }
    }

    @Test
    @DisplayName("'to' and 'from' must be phone numbers (a megabyte of 'from' would be kept with the call): 400 otherwise")
    void partiesValidated() throws Exception {
        try (RunningGateway gw = RunningGateway.withReferenceTenant()) {
            assertJsonError(gw.post("/v1/calls", new JsonObject().put("to", TONY).put("from", "9".repeat(500_000))), 400);
            assertJsonError(gw.post("/v1/calls", new JsonObject().put("to", TONY).put("from", "<script>")), 400);
            assertJsonError(gw.post("/v1/calls", new JsonObject().put("to", "+1" + "2".repeat(100)).put("from", "+19735550123")), 400);
            assertJsonError(gw.post("/v1/calls", new JsonObject().put("to", 12015550100L)), 400);
            assertJsonError(gw.post("/v1/calls", new JsonObject().put("from", "+19735550123")), 400);
            assertThat(gw.post("/v1/calls", new JsonObject().put("to", TONY), Map.of("X-Clock", OPEN)).statusCode())
                    .as("a text caller may have no number").isEqualTo(201);
        }
    }

    @Test
    @DisplayName("a turn is at most 2,000 characters: 2,001 is 413 with a JSON body; 2,000 are still answered")
    void turnLength() throws Exception {
        try (RunningGateway gw = RunningGateway.withReferenceTenant()) {
            String id = start(gw, "+19735550200").bodyAsJsonObject().getString("callId");
            String tooLong = "large pepperoni pie ".repeat(100) + "x";
            assertThat(tooLong).hasSize(2001);
            assertJsonError(gw.post("/v1/calls/" + id + "/turns", new JsonObject().put("text", tooLong)), 413);
            String longest = "can I get a large pepperoni pie ".repeat(62) + "thanks, please!!";
            assertThat(longest).hasSize(2000);
            HttpResponse<Buffer> answered = gw.post("/v1/calls/" + id + "/turns", new JsonObject().put("text", longest));
            assertThat(answered.statusCode()).as(answered.bodyAsString()).isEqualTo(200);
            assertThat(answered.bodyAsJsonObject().getString("reply")).isNotBlank();
        }
    }

    @Test
    @DisplayName("a turn sent as curl -d sends it (JSON, but labelled as a form) is read like any other, long words and all")
    void turnLabelledAsForm() throws Exception {
        try (RunningGateway gw = RunningGateway.withReferenceTenant()) {
            String id = start(gw, "+19735550250").bodyAsJsonObject().getString("callId");
            // One unbroken token of 1,500 characters: more than the 1,024 bytes Vert.x buffers for a form by default.
            String body = new JsonObject().put("text", "a large pepperoni pie " + "x".repeat(1500)).encode();
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + gw.port() + "/v1/calls/" + id + "/turns"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(new JsonObject(r.body()).getString("reply")).isNotBlank();
        }
    }

    @Test
    @DisplayName("the router's own errors are JSON too: no such route 404, wrong method 405, a body over the limit 413")
    void routerErrorsAreJson() throws Exception {
        try (RunningGateway gw = RunningGateway.withReferenceTenant()) {
            assertJsonError(gw.get("/no/such/route", null), 404);
            assertJsonError(gw.send(HttpMethod.PATCH, "/v1/calls", null), 405);
            String id = start(gw, "+19735550300").bodyAsJsonObject().getString("callId");
            var big = new JsonObject().put("text", "a".repeat((1 << 20) + 10));
            assertJsonError(gw.post("/v1/calls/" + id + "/turns", big), 413);
        }
    }

    @Test
    @DisplayName("text call ids are unguessable: 128 random bits each, no prefix or order shared between consecutive ones")
    void unguessableIds() throws Exception {
        try (RunningGateway gw = RunningGateway.withReferenceTenant()) {
            List<byte[]> ids = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String previous = null;
            for (int i = 0; i < 64; i++) {
                String id = start(gw, "+19735550400").bodyAsJsonObject().getString("callId");
                assertThat(id).matches("[A-Za-z0-9_-]{22}");
                assertThat(seen.add(id)).isTrue();
                if (previous != null) assertThat(id.substring(0, 3)).as("consecutive ids share no prefix").isNotEqualTo(previous.substring(0, 3));
                previous = id;
                ids.add(Base64.getUrlDecoder().decode(id));
            }
            // Every one of the 128 bit positions takes both values across the ids (a time or counter part would not).
            for (int bit = 0; bit < 128; bit++) {
                int b = bit;
                long ones = ids.stream().filter(bytes -> (bytes[b / 8] >> (b % 8) & 1) == 1).count();
                assertThat(ones).as("bit " + bit).isBetween(1L, 63L);
            }
        }
    }

    @Test
    @DisplayName("failed admin sign-ins from one address: past ADMIN_AUTH_FAILURES_PER_MINUTE, 429 before any token is checked")
    void failedAdminAuthSlowedDown() throws Exception {
        try (RunningGateway gw = RunningGateway.with(Map.of("ADMIN_AUTH_FAILURES_PER_MINUTE", "5"), RunningGateway.SPEC.resolve("restaurant.example.yaml"))) {
            assertThat(gw.get("/admin/tenants", RunningGateway.ADMIN).statusCode()).isEqualTo(200);
            for (int i = 0; i < 5; i++) assertJsonError(gw.get("/admin/tenants/tonys-pizza/orders", "guess-" + i), 401);
            HttpResponse<Buffer> slowed = gw.get("/admin/tenants/tonys-pizza/orders", "guess-6");
            assertJsonError(slowed, 429);
            assertThat(Integer.parseInt(slowed.getHeader("Retry-After"))).isBetween(1, 60);
            assertJsonError(gw.get("/admin/tenants", RunningGateway.ADMIN), 429);
            assertJsonError(gw.get("/admin/tenants/tonys-pizza/webhooks", "guess-7"), 429);
        }
    }
}
