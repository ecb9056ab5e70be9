package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Twilio echoes a mark once the caller has heard the audio before it. Under load (or a pause) the echo can
 * come after the caller's answer to the question that audio asked: the answer must still count.
 */
@DisplayName("A short answer arriving before the last mark's echo")
class LateEchoTest {
    @Test
    @DisplayName("is taken as the answer, not ignored as a backchannel, once every frame of the question was sent")
    void yesBeforeEcho() {
        InProcessCall call = new InProcessCall(CompletableFuture.completedFuture(null), false);
        call.say("can I get a large pepperoni pie");
        call.say("no that's all");
        call.waitFor(1000);
        assertThat(call.session.result().reply()).endsWith("Is that right?");
        assertThat(call.marksPending).as("the read-back's marks, not echoed yet").isNotEmpty();
        call.say("yes");
        assertThat(call.session.result().phase()).as("the read-back was confirmed").isEqualTo("customer_name");
    }
}
