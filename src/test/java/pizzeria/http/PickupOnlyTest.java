package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pizzeria.testing.RunningGateway;

@DisplayName("A pickup-only restaurant that leaves its phases out")
class PickupOnlyTest {
    private static final String OPEN = "2026-11-24T12:00:00-05:00";
    private static RunningGateway gw;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        String shack = Files.readString(Path.of("restaurants", "slice-shack.yaml"));
        assertThat(shack).doesNotContain("delivery:");
        Path file = dir.resolve("slice-shack.yaml");
        Files.writeString(file, shack.substring(0, shack.indexOf("\nphases:")) + "\n");
        gw = RunningGateway.with(file);
    }

    @AfterAll
    static void stop() {
        gw.close();
    }

    @Test
    @DisplayName("is never asked pickup or delivery: the order is pickup from the start and is placed as such")
    void neverAskedPickupOrDelivery() {
        JsonObject call = gw.call("+12155550177", "+12675550300", OPEN);
        String id = call.getString("callId");
        StringBuilder heard = new StringBuilder(call.getString("reply"));
        JsonObject turn = null;
        for (String said : new String[]{"a white slice", "that's all", "yes", "Mike", "yes"}) {
            turn = gw.say(id, said);
            heard.append('\n').append(turn.getString("reply"));
            assertThat(turn.getJsonObject("cart").getJsonObject("fulfillment").getString("type")).as(heard.toString()).isEqualTo("pickup");
        }
        assertThat(heard.toString().toLowerCase()).doesNotContain("delivery");
        assertThat(turn.getBoolean("ended")).as(heard.toString()).isTrue();
        assertThat(turn.getString("orderId")).as(heard.toString()).isNotNull();
    }
}
