package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reply to "yes, place it" while the order is stored: a short acknowledgment at once, then "your order
 * is in", synthesised meanwhile and held until the store has committed the order.
 */
@DisplayName("A reply held while its order is stored")
class HeldReplyTest {
    private static final List<String> UP_TO_PLACING = List.of("can I get a large pepperoni pie", "no that's all", "yes",
            "Mike", "pickup");

    @Test
    @DisplayName("is played, and the call ends, even when the store answers at once")
    void storeAnswersAtOnce() throws Exception {
        try (InProcessCall call = new InProcessCall(CompletableFuture.completedFuture(null), true)) {
            for (String words : UP_TO_PLACING) call.say(words);
            Thread.sleep(300);
            int before = call.heard.size();
            call.say("yes go ahead");
            call.hungUp.get(10, TimeUnit.SECONDS);
            assertThat(call.session.result().orderId()).isEqualTo("order-inprocess");
            assertThat(call.heard.subList(before, call.heard.size())).as("the acknowledgment, then the confirmation")
                    .startsWith('O', 'Y');
        }
    }

    @Test
    @DisplayName("starts with the acknowledgment at once; 'your order is in' is heard only once the order is stored")
    void acknowledgedBeforeStored() throws Exception {
        CompletableFuture<Void> store = new CompletableFuture<>();
        try (InProcessCall call = new InProcessCall(store, true)) {
            for (String words : UP_TO_PLACING) call.say(words);
            Thread.sleep(300);
            int before = call.heard.size();
            call.say("yes go ahead");
            Thread.sleep(300);
            assertThat(call.heard.subList(before, call.heard.size())).as("heard while the order is being stored")
                    .containsExactly('O');
            assertThat(call.hungUp).isNotDone();
            call.context.runOnContext(v -> store.complete(null));
            call.hungUp.get(10, TimeUnit.SECONDS);
            assertThat(call.heard.subList(before, call.heard.size()))
                    .as("'One moment. Your order is in! It'll be ready ... Thanks for calling ...'").containsExactly('O', 'Y', 'I', 'T');
        }
    }
}
