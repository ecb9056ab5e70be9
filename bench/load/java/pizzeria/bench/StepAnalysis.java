package pizzeria.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pizzeria.testing.Expectations;

/**
 * After a step: every call's record and stored order read back from the gateway, the orders checked against
 * the scenarios' expectations, and the latencies from both sides put together.
 */
final class StepAnalysis {
    static final String ADMIN = "bench-admin-token";

    private final WebClient web;
    private final int port;

    StepAnalysis(WebClient web, int port) {
        this.web = web;
        this.port = port;
    }

    @SuppressWarnings("unchecked")
    JsonObject analyse(List<ScenarioCall.Heard> heard, List<String> errors) {
        Map<String, JsonObject> stored = storedOrders();
        List<Double> gatewayMs = new ArrayList<>();
        List<Double> withoutStoring = new ArrayList<>();
        List<Double> orderStored = new ArrayList<>();
        Map<String, List<Double>> byPhase = new java.util.TreeMap<>();
        List<Double> perceived = new ArrayList<>();
        List<Double> perceivedMinusDelays = new ArrayList<>();
        List<Double> messageGaps = new ArrayList<>();
        List<Double> holes = new ArrayList<>();
        List<Long> holeArrivals = new ArrayList<>();
        int correct = 0;
        int modelTurns = 0;
        List<Double> modelWaits = new ArrayList<>();
        int partialFrames = 0;
        List<String> wrong = new ArrayList<>();
        for (ScenarioCall.Heard h : heard) {
            partialFrames += h.partialFrames();
            HeardAnalysis.playout(h, messageGaps, holes, holeArrivals);
            List<Double> responses = new ArrayList<>();
            HeardAnalysis.responseTimes(h, responses);
            JsonObject record = get("/admin/tenants/" + LoadStep.TENANT + "/calls/" + h.callSid());
            List<Boolean> viaModel = new ArrayList<>();
            for (Object o : record == null ? new JsonArray() : record.getJsonArray("turns")) {
                JsonObject turn = (JsonObject) o;
                if (!"agent".equals(turn.getString("speaker")) || turn.getJsonObject("latency") == null) continue;
                gatewayMs.add(turn.getJsonObject("latency").getDouble("gatewayMs"));
                if (!"goodbye".equals(turn.getString("phase"))) withoutStoring.add(gatewayMs.get(gatewayMs.size() - 1));
                Double committed = turn.getJsonObject("latency").getDouble("orderStoredMs");
                if (committed != null) orderStored.add(committed);
                byPhase.computeIfAbsent(String.valueOf(turn.getString("phase")), k -> new ArrayList<>()).add(gatewayMs.get(gatewayMs.size() - 1));
                // The record keeps the model's wait apart (modelMs) from the gateway's own share.
                Double waited = turn.getJsonObject("latency").getDouble("modelMs");
                if (waited != null) modelWaits.add(waited);
                viaModel.add(waited != null);
            }
            for (int i = 0; i < responses.size(); i++) {
                boolean model = i < viaModel.size() && viaModel.get(i);
                if (model) modelTurns++;
                long delays = ProviderFakes.STT_FINAL_MS + ProviderFakes.TTS_FIRST_BYTE_MS + (model ? ProviderFakes.MODEL_FIRST_TOKEN_MS : 0);
                perceived.add(responses.get(i));
                perceivedMinusDelays.add(responses.get(i) - delays);
            }
            JsonObject order = record == null ? null : record.getJsonObject("order");
            JsonObject placed = order == null ? null : stored.get(order.getString("orderId"));
            Map<String, Object> expect = (Map<String, Object>) LoadStep.scenario(h.scenarioId()).get("expect");
            List<String> problems = placed == null ? List.of("no stored order") : Expectations.problems(expect, placed);
            if (h.completed() && problems.isEmpty()) correct++;
            else if (wrong.size() < 10) wrong.add(h.callSid() + " " + h.scenarioId() + ": completed=" + h.completed() + " " + problems
                    + (record == null ? " (no record)" : " outcome " + record.getString("outcome") + ", turns " + turnTexts(record)));
        }
        return new JsonObject().put("completed", heard.stream().filter(ScenarioCall.Heard::completed).count())
                .put("ordersStoredCorrectly", correct).put("failedCalls", wrong).put("errors", new JsonArray(errors))
                .put("turns", perceived.size()).put("turnsViaModel", modelTurns).put("modelWaitMs", Stats.of(modelWaits))
                .put("gatewayAddedMs", Stats.of(gatewayMs)).put("gatewayAddedMsExceptOrderCommit", Stats.of(withoutStoring)).put("gatewayAddedMsByPhase", byPhase(byPhase))
                .put("orderStoredAfterTranscriptMs", Stats.of(orderStored))
                .put("callerPerceivedMs", Stats.of(perceived))
                .put("callerPerceivedMinusProviderDelaysMs", Stats.of(perceivedMinusDelays))
                .put("mediaMessageGapMs", Stats.of(messageGaps)).put("lateFrames", holes.size()).put("holeHeardMs", Stats.of(holes)).put("partialFrames", partialFrames)
                .put("lateFramesAtEpochMs", epochMillis(holeArrivals));
    }

    /** The generator's nanoTime readings as wall-clock milliseconds (what -Xlog's timemillis decorator prints). */
    private static JsonArray epochMillis(List<Long> nanos) {
        long offsetMs = System.currentTimeMillis() - System.nanoTime() / 1_000_000L;
        JsonArray out = new JsonArray();
        nanos.stream().sorted().limit(2000).forEach(n -> out.add(n / 1_000_000L + offsetMs));
        return out;
    }

    private static JsonObject byPhase(Map<String, List<Double>> byPhase) {
        JsonObject out = new JsonObject();
        byPhase.forEach((phase, values) -> out.put(phase, Stats.of(values)));
        return out;
    }

    private static List<String> turnTexts(JsonObject record) {
        return record.getJsonArray("turns").stream().map(o -> ((JsonObject) o).getString("speaker").charAt(0) + ": " + ((JsonObject) o).getString("text")).toList();
    }

    private Map<String, JsonObject> storedOrders() {
        Map<String, JsonObject> out = new HashMap<>();
        JsonObject body = get("/admin/tenants/" + LoadStep.TENANT + "/orders?status=placed");
        for (Object o : body.getJsonArray("orders")) out.put(((JsonObject) o).getString("orderId"), (JsonObject) o);
        return out;
    }

    private JsonObject get(String path) {
        var r = web.get(port, "127.0.0.1", path).putHeader("Authorization", "Bearer " + ADMIN).send().await();
        return r.statusCode() == 200 ? r.bodyAsJsonObject() : null;
    }
}
