package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pizzeria.testing.RunningGateway;

/**
 * Four more pizzerias and their callers, written blind (from the tenant format and the plugin READMEs only, before
 * anything ran on them; see each folder's README): {@code scenarios/blind-a} and {@code scenarios/blind-b}. A score,
 * not a gate: prints "Blind scenarios (folder): N/M passed" with every failure, and fails only below the folder's
 * floor, which is raised as understanding gets better and never lowered.
 */
@DisplayName("Blind scenarios, on four pizzerias written before any tuning")
class BlindScenariosTest {
    private static final Path SCENARIOS = Path.of("src", "test", "resources", "scenarios");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"blind-a, 43", "blind-b, 41", "blind-d, 43", "blind-c, 33"})
    @SuppressWarnings("unchecked")
    void scoreStaysAtLeastTheFloor(String folder, int floor) throws Exception {
        Path dir = SCENARIOS.resolve(folder);
        List<Map<String, Object>> scenarios = new ObjectMapper(new YAMLFactory()).readValue(dir.resolve("scenarios.yaml").toFile(), List.class);
        Map<String, String> zones = new java.util.HashMap<>();
        for (Path t : tenants(dir)) {
            Map<String, Object> tenant = new ObjectMapper(new YAMLFactory()).readValue(t.toFile(), Map.class);
            zones.put((String) tenant.get("id"), (String) tenant.get("timezone"));
        }
        // As the shared harness does: a Tuesday 18:30 in the restaurant's own timezone, unless the scenario says.
        List<Map<String, Object>> clocked = scenarios.stream().map(scenario -> {
            Map<String, Object> s = new java.util.HashMap<>(scenario);
            s.computeIfAbsent("clock", k -> java.time.ZonedDateTime.of(2026, 11, 24, 18, 30, 0, 0,
                    java.time.ZoneId.of(zones.get((String) scenario.get("tenant")))).toOffsetDateTime().toString());
            return s;
        }).toList();
        int passed;
        try (RunningGateway gw = RunningGateway.with(tenants(dir))) {
            passed = PublicScenariosTest.score(gw, clocked, "Blind scenarios (" + folder + ")");
        }
        assertThat(passed).as("Blind scenarios (%s): %d/%d passed (floor %d)", folder, passed, scenarios.size(), floor)
                .isGreaterThanOrEqualTo(floor);
    }

    private static Path[] tenants(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") && !f.getFileName().toString().equals("scenarios.yaml"))
                    .sorted().toArray(Path[]::new);
        }
    }
}
