package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
            awaitLive(gw, "+12155550177", "new menu");

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

    /**
     * Waits until the version whose greeting has {@code words} is the one the gateway answers {@code number}
     * with: a probe on the gateway's own event loop looks at its tenant registry (where the folder scan
     * swaps the version in) every few milliseconds and completes the future the test waits on.
     */
    private static void awaitLive(RunningGateway gw, String number, String words) throws Exception {
        CompletableFuture<Void> live = new CompletableFuture<>();
        long probe = gw.vertx().setPeriodic(0, 5, t -> {
            if (gw.gateway().registry().byNumber(number).filter(tenant -> tenant.voice().greeting().contains(words)).isPresent()) {
                live.complete(null);
            }
        });
        try {
            live.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the changed file was not picked up");
        } finally {
            gw.vertx().cancelTimer(probe);
        }
    }
}
