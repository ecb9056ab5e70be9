package pizzeria.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.order.Order;
import pizzeria.order.ToolCall;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;
import pizzeria.understand.HeldBack;
import pizzeria.understand.LocalUnderstander;
import pizzeria.understand.TurnContext;
import pizzeria.understand.Understander;
import pizzeria.understand.Understanding;
import pizzeria.understand.UnderstoodBy;

class HybridUnderstanderTest {
    private final Tenant tenant = Tenants.reference();
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final CompletableFuture<Understanding> modelAnswer = new CompletableFuture<>();
    private final Understander model = (utterance, context) -> modelAnswer;
    private final HybridUnderstander hybrid = new HybridUnderstander(new LocalUnderstander(tenant.menu()), model, nanos::get);

    private TurnContext takingOrder() {
        Order o = Order.open("o", tenant.id(), "+1");
        return new TurnContext(tenant.phases().decide(o), o, null, "What can I get for you?");
    }

    @Test
    @DisplayName("a turn the local parser reads whole never waits on the model")
    void localTurnHasNoModelWait() {
        Understanding u = hybrid.understand("a large cheese pizza", takingOrder()).toCompletableFuture().join();
        assertThat(u.source()).isEqualTo(UnderstoodBy.LOCAL);
        assertThat(u.modelWait()).isZero();
    }

    @Test
    @DisplayName("the model's wait is timed from the request to its answer, whoever's reading stands")
    void modelWaitTimed() {
        var turn = hybrid.understand("can I get a cheeseburger", takingOrder()).toCompletableFuture();
        nanos.addAndGet(Duration.ofMillis(320).toNanos());
        modelAnswer.complete(new Understanding(List.of(), List.of(), true, UnderstoodBy.MODEL));
        Understanding u = turn.join();
        assertThat(u.source()).isEqualTo(UnderstoodBy.LOCAL_AFTER_MODEL);
        assertThat(u.modelWait()).isEqualTo(Duration.ofMillis(320));
    }

    @Test
    @DisplayName("a failed model is timed too: the caller waited on it before the local reading stood")
    void failedModelTimed() {
        var turn = hybrid.understand("can I get a cheeseburger", takingOrder()).toCompletableFuture();
        nanos.addAndGet(Duration.ofMillis(2_500).toNanos());
        modelAnswer.completeExceptionally(new IllegalStateException("timeout"));
        Understanding u = turn.join();
        assertThat(u.source()).isEqualTo(UnderstoodBy.LOCAL_FALLBACK);
        assertThat(u.modelWait()).isEqualTo(Duration.ofMillis(2_500));
    }

    @Test
    @DisplayName("the model's own reading carries its wait")
    void modelReadingTimed() {
        var turn = hybrid.understand("can I get a cheeseburger", takingOrder()).toCompletableFuture();
        nanos.addAndGet(Duration.ofMillis(90).toNanos());
        modelAnswer.complete(new Understanding(List.of(new ToolCall.TransferToStaff("asked")), List.of(), true, UnderstoodBy.MODEL));
        Understanding u = turn.join();
        assertThat(u.source()).isEqualTo(UnderstoodBy.MODEL);
        assertThat(u.modelWait()).isEqualTo(Duration.ofMillis(90));
    }

    @Test
    @DisplayName("when the model fails or proposes nothing, the local reading stands whole: the line held back is still asked about")
    void heldBackSurvivesTheModel() {
        var failed = hybrid.understand("two large hamburger pies and a can of coke", takingOrder()).toCompletableFuture();
        modelAnswer.completeExceptionally(new IllegalStateException("timeout"));
        assertThat(failed.join().heldBack()).containsExactly(new HeldBack("hamburger", "cheese"));
        assertThat(failed.join().calls()).hasSize(1);

        CompletableFuture<Understanding> nothing = CompletableFuture.completedFuture(
                new Understanding(List.of(), List.of(), true, UnderstoodBy.MODEL));
        HybridUnderstander quiet = new HybridUnderstander(new LocalUnderstander(tenant.menu()), (w, c) -> nothing, nanos::get);
        Understanding u = quiet.understand("two large hamburger pies and a can of coke", takingOrder()).toCompletableFuture().join();
        assertThat(u.source()).isEqualTo(UnderstoodBy.LOCAL_AFTER_MODEL);
        assertThat(u.heldBack()).containsExactly(new HeldBack("hamburger", "cheese"));
    }
}
