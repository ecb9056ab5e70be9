package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.http.PublicScenarios;
import pizzeria.testing.Expectations;
import pizzeria.testing.RunningGateway;
import pizzeria.voice.fakes.FakeTwilioCaller;

@DisplayName("Public scenarios placed over the phone: Twilio media in, fake Deepgram and Cartesia behind")
class PhoneScenariosTest {
    private static PhoneRig rig;

    @BeforeAll
    static void start() throws Exception {
        rig = new PhoneRig(RunningGateway.SPEC.resolve("restaurant.example.yaml"));
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    @Test
    @DisplayName("thirteen callers, five at a time, one per public scenario that places an order, each stored exactly as expected")
    @SuppressWarnings("unchecked")
    void placingScenariosAtOnce() throws Exception {
        List<Map<String, Object>> scenarios = PublicScenarios.load().stream().filter(s -> PublicScenarios.PHONE_IDS.contains(s.get("id"))).toList();
        // Five callers at a time, as this test always had: thirteen at once on two busy cores measures the machine.
        List<String> sids = new ArrayList<>();
        for (int from = 0; from < scenarios.size(); from += 5) {
            List<CompletableFuture<String>> batch = new ArrayList<>();
            for (int voice = from; voice < Math.min(from + 5, scenarios.size()); voice++) {
                Map<String, Object> s = scenarios.get(voice);
                int v = voice;
                batch.add(CompletableFuture.supplyAsync(() -> play(s, v)));
            }
            for (CompletableFuture<String> c : batch) sids.add(c.get(60, TimeUnit.SECONDS));
        }
        for (int i = 0; i < scenarios.size(); i++) {
            String callSid = sids.get(i);
            Map<String, Object> s = scenarios.get(i);
            JsonObject call = rig.gw.get("/v1/calls/" + callSid, null).bodyAsJsonObject();
            assertThat(call.getString("orderId")).as(s.get("id") + ": " + call.encodePrettily()).isNotNull();
            JsonObject stored = PublicScenarios.storedOrder(rig.gw, "tonys-pizza", call.getString("orderId"));
            assertThat(Expectations.problems((Map<String, Object>) s.get("expect"), stored)).as((String) s.get("id")).isEmpty();
            gatewayMs.addAll(latencies(callSid));
            JsonObject cost = rig.gw.get("/admin/tenants/tonys-pizza/calls/" + callSid, RunningGateway.ADMIN).bodyAsJsonObject()
                    .getJsonObject("cost");
            assertThat(cost.getJsonObject("units").getLong("synthesisedCharacters")).as("metered synthesis").isPositive();
            assertThat(cost.getJsonObject("units").getDouble("recognisedSeconds")).as("metered recognition").isPositive();
            System.out.printf("cost %s: %s%n", s.get("id"), cost.encode());
        }
        // Once the caller has been quiet a while (the agent talking), audio reaches the recogniser several frames a message.
        assertThat(rig.deepgram.audioMessages()).as("audio messages to Deepgram, for %d frames", rig.deepgram.audioFrames())
                .isLessThan(rig.deepgram.audioFrames());
        gatewayMs.sort(null);
        System.out.printf("gateway's own share per turn, zero-delay fakes, %d turns: p50 %.2f ms, max %.2f ms%n",
                gatewayMs.size(), gatewayMs.get(gatewayMs.size() / 2), gatewayMs.get(gatewayMs.size() - 1));
    }

    private final List<Double> gatewayMs = new ArrayList<>();

    /** Every answer to the caller carries the time of each stage; returns the gateway's own share per turn. */
    private static List<Double> latencies(String callSid) {
        JsonObject record = rig.gw.get("/admin/tenants/tonys-pizza/calls/" + callSid, RunningGateway.ADMIN).bodyAsJsonObject();
        List<Object> turns = record.getJsonArray("turns").getList();
        List<Double> out = new ArrayList<>();
        for (int i = 1; i < turns.size(); i++) {
            Map<String, Object> turn = (Map<String, Object>) turns.get(i);
            if (!"agent".equals(turn.get("speaker")) || !"caller".equals(((Map<String, Object>) turns.get(i - 1)).get("speaker"))) continue;
            Map<String, Object> latency = (Map<String, Object>) turn.get("latency");
            assertThat(latency).as("turn " + turn).containsKeys("speechEndAt", "finalTranscriptAt", "understoodAt", "firstByteAt",
                    "firstFrameAt", "sttMs", "ttsFirstByteMs", "gatewayMs");
            out.add(((Number) latency.get("gatewayMs")).doubleValue());
        }
        assertThat(out).isNotEmpty();
        return out;
    }

    private static String play(Map<String, Object> scenario, int voice) {
        try {
            String callSid = "CA" + scenario.get("id").hashCode() + "x" + voice;
            List<String> lines = PublicScenarios.spokenLines(scenario);
            rig.deepgram.script(voice, lines.toArray(String[]::new));
            FakeTwilioCaller caller = rig.dial(callSid, (String) scenario.get("from"), (String) scenario.get("to"), voice);
            PhoneRig.awaitReply(caller, 0);
            for (String line : lines) PhoneRig.sayAndWait(caller, line);
            caller.closedFuture().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(caller.protocolErrors()).isEmpty();
            // Whole frames only (a partial one is a protocol error above), several to a media message.
            assertThat(caller.mediaArrivalNanos().size()).as("frames in %d media messages", caller.mediaMessages())
                    .isGreaterThan(2 * caller.mediaMessages());
            return callSid;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
