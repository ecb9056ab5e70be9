package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.GatewayProcess;
import pizzeria.testing.RunningGateway;

/**
 * SIGTERM to a real gateway process (pizzeria.Main) while it is still starting: the stop waits for the start,
 * then closes what it opened and exits 0, rather than the JVM dying of the signal (143) with nothing stopped.
 */
@DisplayName("A gateway told to stop (SIGTERM) while it starts")
class StopDuringStartTest {
    @Test
    @DisplayName("lets the start settle, stops what it opened and exits 0")
    void signalDuringTheStart() throws Exception {
        try (GatewayProcess gw = GatewayProcess.launch(Map.of(), RunningGateway.SPEC.resolve("restaurant.example.yaml"))) {
            gw.awaitLog("; starting", Duration.ofSeconds(30));
            gw.terminate();
            assertThat(gw.exitCode(Duration.ofSeconds(30))).as("exit code, log:\n" + gw.log()).isZero();
            assertThat(gw.log()).as("the gateway's own stop ran").contains("stopped");
        }
    }
}
