package pizzeria;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.understand.Understander;
import pizzeria.understand.Understanding;
import pizzeria.understand.UnderstoodBy;

class OffLoopUnderstanderTest {
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close().await();
    }

    @Test
    @DisplayName("a long turn asked for on an event loop is understood on a worker thread, a short one where it is; both answers come back")
    void understandsOffTheLoop() {
        List<Boolean> onLoop = new ArrayList<>();
        Understander parser = (text, ctx) -> {
            onLoop.add(Context.isOnEventLoopThread());
            return CompletableFuture.completedFuture(new Understanding(List.of(), List.of(), false, UnderstoodBy.LOCAL));
        };
        OffLoopUnderstander offLoop = new OffLoopUnderstander(vertx.createSharedWorkerExecutor("test-understanding", 2), parser);
        Promise<Understanding> answer = Promise.promise();
        vertx.runOnContext(v -> {
            assertThat(Context.isOnEventLoopThread()).isTrue();
            Future.fromCompletionStage(offLoop.understand("a large pepperoni pie and ".repeat(10), null))
                    .compose(first -> Future.fromCompletionStage(offLoop.understand("a large pepperoni pie", null))).onComplete(answer);
        });
        assertThat(answer.future().await().source()).isEqualTo(UnderstoodBy.LOCAL);
        assertThat(onLoop).as("250 characters on a worker, then 21 on the loop").containsExactly(false, true);
    }
}
