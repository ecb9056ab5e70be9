package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
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
    void storeAnswersAtOnce() {
        InProcessCall call = readyToPlace(CompletableFuture.completedFuture(null));
        int before = call.heard.size();
        call.say("yes go ahead");
        call.waitFor(1000);
        assertThat(call.hungUp).isDone();
        assertThat(call.session.result().orderId()).isEqualTo("order-inprocess");
        assertThat(call.heard.subList(before, call.heard.size())).as("the acknowledgment, then the confirmation")
                .startsWith('O', 'Y');
    }

    @Test
    @DisplayName("starts with the acknowledgment at once; 'your order is in' is heard only once the order is stored")
    void acknowledgedBeforeStored() {
        CompletableFuture<Void> store = new CompletableFuture<>();
        InProcessCall call = readyToPlace(store);
        int before = call.heard.size();
        call.say("yes go ahead");
        call.waitFor(5000);
        assertThat(call.heard.subList(before, call.heard.size())).as("heard while the order is being stored")
                .containsExactly('O');
        assertThat(call.hungUp).isNotDone();
        store.complete(null);
        call.waitFor(1000);
        assertThat(call.hungUp).isDone();
        assertThat(call.heard.subList(before, call.heard.size()))
                .as("'One moment. Your order is in! It'll be ready ... Thanks for calling ...'").containsExactly('O', 'Y', 'I', 'T');
    }

    @Test
    @DisplayName("is never heard when the store fails: the acknowledgment, then the apology, then staff")
    void storeFails() {
        CompletableFuture<Void> store = new CompletableFuture<>();
        InProcessCall call = readyToPlace(store);
        int before = call.heard.size();
        call.say("yes go ahead");
        call.waitFor(1000);
        store.completeExceptionally(new IllegalStateException("the database is gone"));
        call.waitFor(1000);
        assertThat(call.heard.subList(before, call.heard.size())).as("'One moment.', then 'I'm sorry... Let me connect you...'")
                .containsExactly('O', 'I', 'L');
        assertThat(call.transfers).containsExactly("+12015550199");
        assertThat(call.session.result().orderId()).isNull();
        assertThat(call.session.result().order().status()).isEqualTo(pizzeria.order.OrderStatus.OPEN);
    }

    /** A call that has heard the final read-back: the next "yes" places the order. */
    private static InProcessCall readyToPlace(CompletableFuture<Void> store) {
        InProcessCall call = new InProcessCall(store, true);
        for (String words : UP_TO_PLACING) call.say(words);
        call.waitFor(1000);
        return call;
    }
}
