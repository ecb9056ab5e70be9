package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pizzeria.testing.Expectations;
import pizzeria.testing.RunningGateway;
import pizzeria.testing.ScenarioDriver;

@DisplayName("The public caller scenarios, over the real text channel and a real PostgreSQL")
public class PublicScenariosTest {
    private static RunningGateway gw;

    @BeforeAll
    static void start() throws Exception {
        gw = RunningGateway.withReferenceTenant();
    }

    @AfterAll
    static void stop() {
        gw.close();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> scenarios(String file) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readValue(
                Files.readString(RunningGateway.SPEC.resolve(file)), List.class);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioEndsAsExpected() throws Exception {
        return scenarios("scenarios.yaml").stream().map(s -> DynamicTest.dynamicTest((String) s.get("id"), () -> check(gw, s)));
    }

    @SuppressWarnings("unchecked")
    public static ScenarioDriver.Played check(RunningGateway gw, Map<String, Object> scenario) {
        ScenarioDriver.Played played = ScenarioDriver.play(gw, scenario);
        Map<String, Object> expect = (Map<String, Object>) scenario.get("expect");
        String outcome = (String) expect.getOrDefault("outcome", "placed");
        String why = String.join("\n", played.transcript());
        switch (outcome) {
            case "closed" -> assertThat(played.first().getBoolean("ended")).as(why).isTrue();
            case "cancelled", "no_order" -> {
                assertThat(played.last().getString("orderId")).as(why).isNull();
                assertThat(played.cart().getString("status")).as(why).isNotEqualTo("placed");
            }
            case "transferred" -> {
                assertThat(played.last().getString("transferTo")).as(why).isEqualTo(expect.get("transferTo"));
                assertThat(played.cart().getString("status")).as(why).isEqualTo("open");
            }
            default -> {
                assertThat(played.last().getString("orderId")).as(why).isNotNull();
                assertThat(played.cart().getString("status")).as(why).isEqualTo("placed");
            }
        }
        if (played.cart() != null && !"closed".equals(outcome) && !"cancelled".equals(outcome)) {
            assertThat(Expectations.problems(expect, played.cart())).as(why).isEmpty();
        }
        if ("placed".equals(outcome)) {
            JsonObject stored = PublicScenarios.storedOrder(gw, (String) scenario.get("tenant"), played.last().getString("orderId"));
            assertThat(Expectations.problems(expect, stored)).as("the stored order\n" + why).isEmpty();
            assertThat(stored.getString("status")).isEqualTo("placed");
        }
        return played;
    }

    /**
     * Plays every scenario, prints each failure with its transcript and then "{title}: N/M passed", and returns N: for
     * the scored corpora, which fail only below a floor.
     */
    static int score(RunningGateway gw, List<Map<String, Object>> scenarios, String title) {
        int passed = 0;
        List<String> failures = new java.util.ArrayList<>();
        for (Map<String, Object> s : scenarios) {
            try {
                check(gw, s);
                passed++;
            } catch (AssertionError | RuntimeException e) {
                failures.add("FAILED " + s.get("id") + ": " + e.getMessage());
            }
        }
        failures.forEach(System.out::println);
        System.out.println(title + ": " + passed + "/" + scenarios.size() + " passed");
        return passed;
    }
}
