package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;
import pizzeria.voice.fakes.FakeTwilioCaller;

class SilenceTest {
    @Test
    @DisplayName("a silent caller is prompted again, then the call ends politely and the cart is kept")
    void silentCaller() throws Exception {
        try (PhoneRig rig = new PhoneRig(Map.of("SILENCE_PROMPT_MS", "600"), RunningGateway.SPEC.resolve("restaurant.example.yaml"))) {
            rig.deepgram.script(0, "a large cheese pie");
            FakeTwilioCaller caller = rig.dial("CAsilent", "+19735550100", "+12015550100", 0);
            PhoneRig.awaitReply(caller, 0);
            PhoneRig.sayAndWait(caller, "a large cheese pie");
            caller.closedFuture().toCompletionStage().toCompletableFuture().get(15, TimeUnit.SECONDS);
            JsonObject call = rig.gw.get("/v1/calls/CAsilent", null).bodyAsJsonObject();
            List<String> said = call.getJsonArray("transcript").stream().map(t -> ((JsonObject) t).getString("text")).toList();
            assertThat(said).containsSubsequence("Are you still there?", "Are you still there?", "I'll let you go. Please call back any time!");
            assertThat(call.getBoolean("ended")).isTrue();
            assertThat(call.getJsonObject("cart").getString("status")).isEqualTo("open");
            assertThat(call.getJsonObject("cart").getJsonArray("items")).hasSize(1);
        }
    }
}
