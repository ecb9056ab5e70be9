package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.http.PublicScenarios;
import pizzeria.llm.FakeOpenAi;
import pizzeria.testing.RunningGateway;

@DisplayName("A turn the local parser cannot read waits on the language model: the record counts that wait as the model's, not the gateway's")
class ModelWaitTimingTest {
    private static final long MODEL_DELAY_MS = 400;
    private static io.vertx.core.Vertx loop;
    private static FakeOpenAi model;
    private static PhoneRig rig;

    @BeforeAll
    static void start() throws Exception {
        loop = io.vertx.core.Vertx.vertx();
        model = FakeOpenAi.start(loop).await();
        model.firstTokenDelayMs(MODEL_DELAY_MS);
        model.script(words -> FakeOpenAi.tools());
        rig = new PhoneRig(Map.of("OPENAI_API_KEY", "sk-test", "OPENAI_BASE_URL", model.baseUrl(), "OPENAI_TIMEOUT_MS", "3000"),
                RunningGateway.SPEC.resolve("restaurant.example.yaml"));
    }

    @AfterAll
    static void stop() {
        rig.close();
        loop.close().await();
    }

    @Test
    @DisplayName("modelMs holds the model's wait; gatewayMs leaves it out; a turn the local parser read has no modelMs")
    void modelWaitKeptApart() throws Exception {
        Map<String, Object> s = PublicScenarios.load().stream().filter(x -> "single-pizza-pickup".equals(x.get("id"))).findFirst().orElseThrow();
        List<String> lines = new ArrayList<>(List.of("can I get a cheeseburger"));
        lines.addAll(PublicScenarios.spokenLines(s));
        String callSid = "CAmodelwait";
        rig.callThrough(callSid, (String) s.get("from"), (String) s.get("to"), lines);
        assertThat(model.requests()).as("the cheeseburger went to the model").isNotEmpty();

        JsonObject record = rig.gw.get("/admin/tenants/tonys-pizza/calls/" + callSid, RunningGateway.ADMIN).bodyAsJsonObject();
        List<JsonObject> answers = answersTo(record);
        JsonObject cheeseburger = answers.get(0);
        assertThat(cheeseburger.getString("understoodBy")).isEqualTo("local-after-model");
        JsonObject latency = cheeseburger.getJsonObject("latency");
        assertThat(latency.getDouble("modelMs")).as(latency.encode()).isGreaterThanOrEqualTo((double) MODEL_DELAY_MS);
        assertThat(latency.getDouble("understandMs")).isGreaterThanOrEqualTo(latency.getDouble("modelMs"));
        assertThat(latency.getDouble("gatewayMs")).as("the gateway's own share leaves the model's wait out: " + latency.encode())
                .isLessThan(MODEL_DELAY_MS / 2.0).isNotNegative();
        JsonObject local = answers.get(1);
        assertThat(local.getString("understoodBy")).isEqualTo("local");
        assertThat(local.getJsonObject("latency").containsKey("modelMs")).as(local.encode()).isFalse();
    }

    /** The agent's answers to the caller's words, in order, with the understanding that led to each. */
    private static List<JsonObject> answersTo(JsonObject record) {
        List<JsonObject> out = new ArrayList<>();
        var turns = record.getJsonArray("turns");
        for (int i = 1; i < turns.size(); i++) {
            JsonObject turn = turns.getJsonObject(i);
            if ("agent".equals(turn.getString("speaker")) && "caller".equals(turns.getJsonObject(i - 1).getString("speaker"))
                    && turn.getJsonObject("latency") != null) out.add(turn);
        }
        return out;
    }
}
