package pizzeria.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.http.PublicScenarios;
import pizzeria.testing.RunningGateway;
import pizzeria.testing.ScenarioDriver;

@DisplayName("The hybrid understander in the gateway, with a fake OpenAI-compatible model")
class ModelThroughGatewayTest {
    private static final String FANCY = "I'd fancy a large pepperoni pizza, cheers";
    private static Vertx vertx;
    private static FakeOpenAi model;
    private static RunningGateway gw;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        model = FakeOpenAi.start(vertx).await();
        model.script(words -> words.startsWith("I'd fancy") ? FakeOpenAi.tools("add_item", "{\"item_id\":\"cheese\",\"size\":\"large\","
                + "\"quantity\":1,\"options\":{\"crust\":null,\"toppings\":[{\"id\":\"pepperoni\",\"placement\":\"whole\"}],\"removed\":[]}}")
                : FakeOpenAi.tools());
        gw = RunningGateway.with(Map.of("OPENAI_API_KEY", "sk-test", "OPENAI_BASE_URL", model.baseUrl(), "OPENAI_TIMEOUT_MS", "400"),
                RunningGateway.SPEC.resolve("restaurant.example.yaml"), Path.of("restaurants", "bella-napoli.yaml"),
                Path.of("restaurants", "slice-shack.yaml"));
    }

    @AfterAll
    static void stop() {
        gw.close();
        vertx.close().await();
    }

    private static String newCall() {
        return gw.call("+12015550100", "+19735550100", ScenarioDriver.DEFAULT_CLOCK).getString("callId");
    }

    private static String lastSource(String callId) {
        List<Object> turns = gw.get("/v1/calls/" + callId, null).bodyAsJsonObject().getJsonArray("transcript").getList();
        @SuppressWarnings("unchecked") Map<String, Object> last = (Map<String, Object>) turns.get(turns.size() - 1);
        return (String) last.get("understoodBy");
    }

    @Test
    @DisplayName("a rate limit gets one quick retry, and the model's answer is used")
    void rateLimitRetried() {
        model.queue(new FakeOpenAi.Status(429, Map.of("retry-after-ms", "0"),
                "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"tokens\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}"));
        int before = model.requests().size();
        String id = newCall();
        JsonObject turn = gw.say(id, FANCY);
        assertThat(model.requests().size() - before).isEqualTo(2);
        assertThat(turn.getJsonObject("cart").getJsonArray("items")).hasSize(1);
        assertThat(lastSource(id)).isEqualTo("model");
    }

    @Test
    @DisplayName("server errors and a hung model degrade to the local parser; the turn is still answered")
    void serverErrorsAndHangs() {
        model.queue(new FakeOpenAi.Status(500, Map.of(), "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\",\"param\":null,\"code\":null}}"),
                new FakeOpenAi.Status(500, Map.of(), "{}"));
        String id = newCall();
        assertThat(gw.say(id, FANCY).getJsonObject("cart").getJsonArray("items")).hasSize(1);
        assertThat(lastSource(id)).isEqualTo("local-fallback");
        model.queue(new FakeOpenAi.Hang(), new FakeOpenAi.Hang());
        String hung = newCall();
        assertThat(gw.say(hung, FANCY).getJsonObject("cart").getJsonArray("items")).hasSize(1);
        assertThat(lastSource(hung)).isEqualTo("local-fallback");
    }

    @Test
    @DisplayName("when neither the model nor the local parser can help, the caller hears an apology, then staff, cart kept")
    void repeatedFailuresTransfer() {
        String id = newCall();
        gw.say(id, "a large cheese pie");
        for (int i = 0; i < 6; i++) model.queue(new FakeOpenAi.Status(503, Map.of(), "{}"));
        assertThat(gw.say(id, "zorp blorp").getString("reply")).startsWith("Sorry, I didn't catch that.");
        gw.say(id, "zorp blorp");
        JsonObject third = gw.say(id, "zorp blorp");
        assertThat(third.getBoolean("ended")).isTrue();
        assertThat(third.getString("transferTo")).isEqualTo("+12015550199");
        assertThat(third.getJsonObject("cart").getString("status")).isEqualTo("open");
        assertThat(third.getJsonObject("cart").getJsonArray("items")).hasSize(1);
    }

    @Test
    @DisplayName("the public scenarios pass in hybrid mode; records show who understood each turn and what each call cost")
    @SuppressWarnings("unchecked")
    void publicScenariosHybrid() {
        Map<String, Integer> sources = new TreeMap<>();
        List<String> toModel = new java.util.ArrayList<>();
        List<Map<String, Object>> corpus = new java.util.ArrayList<>(PublicScenarios.load());
        try {
            corpus.addAll(new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                    .readValue(getClass().getResourceAsStream("/scenarios/own-tenants.yaml"), List.class));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Map<String, Object> scenario : corpus) {
            ScenarioDriver.Played played = pizzeria.http.PublicScenariosTest.check(gw, scenario);
            String id = played.first().getString("callId");
            JsonObject record = gw.get("/admin/tenants/" + scenario.get("tenant") + "/calls/" + id, RunningGateway.ADMIN).bodyAsJsonObject();
            List<Object> turns = record.getJsonArray("turns").getList();
            for (int i = 1; i < turns.size(); i++) {
                Map<String, Object> turn = (Map<String, Object>) turns.get(i);
                Object source = turn.get("understoodBy");
                if (!"agent".equals(turn.get("speaker")) || source == null) continue;
                sources.merge((String) source, 1, Integer::sum);
                if (!"local".equals(source)) toModel.add((String) ((Map<String, Object>) turns.get(i - 1)).get("text"));
            }
            assertThat(record.getJsonObject("cost")).as(id).isNotNull();
            assertThat(record.getJsonObject("cost").getDouble("total")).isGreaterThanOrEqualTo(0.0);
        }
        int total = sources.values().stream().mapToInt(Integer::intValue).sum();
        int viaModel = total - sources.getOrDefault("local", 0);
        System.out.printf("public and own scenarios, hybrid: %d caller turns, %d needed the model (%.0f%%): %s%n  to the model: %s%n",
                total, viaModel, 100.0 * viaModel / total, sources, toModel);
        JsonObject request = model.requests().get(model.requests().size() - 1);
        System.out.printf("one model request: %d characters of messages, %d of tools (about 4 characters a token)%n",
                request.getJsonArray("messages").encode().length(), request.getJsonArray("tools").encode().length());
        JsonObject costs = gw.get("/admin/tenants/tonys-pizza/costs", RunningGateway.ADMIN).bodyAsJsonObject();
        assertThat(costs.getLong("calls")).isPositive();
        assertThat(costs.getDouble("llm")).isPositive();
        assertThat(gw.get("/metrics", null).bodyAsString()).contains("gateway_call_cost_usd");
    }
}
