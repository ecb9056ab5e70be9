package pizzeria.testing;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays a caller scenario (the format of shared/spec/scenarios.yaml) over the text channel: the next
 * `say` line while the phase is take_order, otherwise the answer for the current phase.
 */
public final class ScenarioDriver {
    public static final String DEFAULT_CLOCK = "2026-11-24T18:30:00-05:00";

    /** The end of a played scenario: the last response, the last cart seen, and the transcript. */
    public record Played(JsonObject first, JsonObject last, JsonObject cart, List<String> transcript) { }

    private ScenarioDriver() { }

    @SuppressWarnings("unchecked")
    public static Played play(RunningGateway gw, Map<String, Object> scenario) {
        String clock = scenario.containsKey("clock") ? String.valueOf(scenario.get("clock")) : DEFAULT_CLOCK;
        JsonObject first = gw.call((String) scenario.get("to"), (String) scenario.get("from"), clock);
        List<String> transcript = new ArrayList<>();
        transcript.add("< " + first.getString("reply"));
        List<String> say = (List<String>) scenario.getOrDefault("say", List.of());
        Map<String, Object> answers = (Map<String, Object>) scenario.getOrDefault("answers", Map.of());
        Map<String, Integer> used = new HashMap<>();
        JsonObject last = first;
        JsonObject cart = null;
        int sayIndex = 0;
        for (int turn = 0; turn < 30 && !last.getBoolean("ended", false); turn++) {
            String phase = last.getString("phase");
            String text;
            if ("take_order".equals(phase) && sayIndex < say.size()) {
                text = say.get(sayIndex++);
            } else {
                Object a = answers.get(phase);
                if (a == null) throw new AssertionError("no answer for phase " + phase + "; transcript " + transcript);
                if (a instanceof List<?> list) {
                    int i = used.merge(phase, 1, Integer::sum) - 1;
                    if (i >= list.size()) throw new AssertionError("answers for " + phase + " exhausted; " + transcript);
                    text = String.valueOf(list.get(i));
                } else {
                    text = String.valueOf(a);
                }
            }
            transcript.add("> [" + phase + "] " + text);
            last = gw.say(first.getString("callId"), text);
            transcript.add("< [" + last.getString("phase") + "] " + last.getString("reply"));
            if (last.getJsonObject("cart") != null) cart = last.getJsonObject("cart");
        }
        return new Played(first, last, cart, transcript);
    }
}
