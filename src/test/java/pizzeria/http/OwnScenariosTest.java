package pizzeria.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pizzeria.testing.RunningGateway;

@DisplayName("Our own scenarios, on tenants and phrasing the local understander was not tuned on")
class OwnScenariosTest {
    private static RunningGateway gw;

    @BeforeAll
    static void start() throws Exception {
        gw = RunningGateway.with(Path.of("restaurants", "bella-napoli.yaml"), Path.of("restaurants", "slice-shack.yaml"));
    }

    @AfterAll
    static void stop() {
        gw.close();
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> everyScenarioEndsAsExpected() throws Exception {
        List<Map<String, Object>> scenarios = new ObjectMapper(new YAMLFactory()).readValue(
                OwnScenariosTest.class.getResourceAsStream("/scenarios/own-tenants.yaml"), List.class);
        return scenarios.stream().map(s -> DynamicTest.dynamicTest((String) s.get("id"),
                () -> PublicScenariosTest.check(gw, s)));
    }
}
