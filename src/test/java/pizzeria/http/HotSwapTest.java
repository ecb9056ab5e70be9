package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;

@DisplayName("A tenant file changed on disk")
class HotSwapTest {
    @Test
    @DisplayName("is picked up without a restart, while a call on the old version completes on it")
    void swapWhileCallInProgress() throws Exception {
        try (RunningGateway gw = RunningGateway.with(Path.of("restaurants", "slice-shack.yaml"))) {
            JsonObject old = gw.call("+12155550177", "+12675550200", "2026-11-24T12:00:00-05:00");
            gw.say(old.getString("callId"), "a white slice");

            Path file = gw.restaurants().resolve("slice-shack.yaml");
            String yaml = Files.readString(file);
            Files.writeString(file, yaml.replace("price_cents: {slice: 375, pie: 2100}", "price_cents: {slice: 400, pie: 2100}")
                    .replace("Slice Shack, what can I get you?", "Slice Shack, new menu! What can I get you?"));
            awaitGreeting(gw, "new menu");

            JsonObject fresh = gw.call("+12155550177", "+12675550201", "2026-11-24T12:00:00-05:00");
            assertThat(fresh.getString("reply")).contains("new menu");
            assertThat(gw.say(fresh.getString("callId"), "a white slice").getJsonObject("cart").getInteger("subtotalCents")).isEqualTo(400);

            String id = old.getString("callId");
            gw.say(id, "that's it");
            gw.say(id, "yes");
            gw.say(id, "Rocky");
            JsonObject placed = gw.say(id, "yes");
            assertThat(placed.getString("orderId")).as(placed.encode()).isNotNull();
            assertThat(placed.getJsonObject("cart").getInteger("subtotalCents")).isEqualTo(375);
        }
    }

    private static void awaitGreeting(RunningGateway gw, String words) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject probe = gw.call("+12155550178", "+1", "2026-11-24T12:00:00-05:00");
            if (probe.getString("reply").contains(words)) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the changed file was not picked up");
    }
}
