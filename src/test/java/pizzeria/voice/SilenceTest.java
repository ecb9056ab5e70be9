package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.call.Outcome;
import pizzeria.call.TranscriptLine;

class SilenceTest {
    @Test
    @DisplayName("a silent caller is prompted again, then the call ends politely and the cart is kept")
    void silentCaller() {
        InProcessCall call = new InProcessCall(CompletableFuture.completedFuture(null), true, 8000);
        call.say("a large cheese pie");
        call.waitFor(7000);
        assertThat(said(call)).doesNotContain("Are you still there?");
        call.waitFor(2000);
        assertThat(said(call)).endsWith("Are you still there?");
        call.waitFor(20_000);
        assertThat(said(call)).containsSubsequence("Are you still there?", "Are you still there?", "I'll let you go. Please call back any time!");
        assertThat(call.hungUp).isDone();
        assertThat(call.session.record().outcome()).isEqualTo(Outcome.HUNG_UP);
        assertThat(call.session.result().order().status()).isEqualTo(pizzeria.order.OrderStatus.OPEN);
        assertThat(call.session.result().order().lines()).hasSize(1);
    }

    @Test
    @DisplayName("the count starts again when the caller speaks")
    void speakingResets() {
        InProcessCall call = new InProcessCall(CompletableFuture.completedFuture(null), true, 8000);
        call.waitFor(9000);
        call.say("a large cheese pie");
        call.waitFor(9000);
        call.say("a can of coke");
        call.waitFor(9000);
        assertThat(call.hungUp).isNotDone();
        assertThat(said(call).stream().filter("Are you still there?"::equals)).hasSize(3);
    }

    private static List<String> said(InProcessCall call) {
        return call.session.record().turns().stream().map(TranscriptLine::text).toList();
    }
}
