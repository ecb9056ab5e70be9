package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;

/**
 * Issue 14, point 7: three more tenants of our own (a Chicago deep-dish and tavern place, a gluten-free and
 * vegan pizzeria, a late-night pizza, wings and calzone delivery shop) and their multi-turn scenarios, written
 * before any tuning on them. A score, not a gate: prints "More scenarios: N/M passed" with every failure,
 * and fails only when the pass count falls below {@link #FLOOR}.
 */
@DisplayName("More scenarios, on three more tenants and phrasing written before tuning")
class MoreScenariosTest {
    /** The first score, when the scenarios were written and nothing was tuned on them. */
    static final int FLOOR = 70;

    private static final Path TENANTS = Path.of("src", "test", "resources", "scenarios", "tenants");
    private static RunningGateway gw;

    @BeforeAll
    static void start() throws Exception {
        gw = RunningGateway.with(TENANTS.resolve("windy-city.yaml"), TENANTS.resolve("green-crust.yaml"),
                TENANTS.resolve("late-night.yaml"));
    }

    @AfterAll
    static void stop() {
        gw.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void scoreStaysAtLeastTheFloor() throws Exception {
        List<Map<String, Object>> scenarios = new ObjectMapper(new YAMLFactory()).readValue(
                MoreScenariosTest.class.getResourceAsStream("/scenarios/more-tenants.yaml"), List.class);
        int passed = PublicScenariosTest.score(gw, scenarios, "More scenarios");
        assertThat(passed).as("More scenarios: %d/%d passed (floor %d)", passed, scenarios.size(), FLOOR)
                .isGreaterThanOrEqualTo(FLOOR);
    }
}
