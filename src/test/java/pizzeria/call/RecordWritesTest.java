package pizzeria.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A call's writes to the journal")
class RecordWritesTest {
    /** A journal whose writes finish only when the test says so. */
    private final List<CompletableFuture<Void>> inFlight = new ArrayList<>();
    private final List<String> started = new ArrayList<>();

    private CompletionStage<Void> write(String what) {
        started.add(what);
        CompletableFuture<Void> f = new CompletableFuture<>();
        inFlight.add(f);
        return f;
    }

    @Test
    @DisplayName("run one at a time, in the order asked for; a failed write does not stop the next")
    void oneAtATime() {
        RecordWrites writes = new RecordWrites();
        CompletionStage<Void> order = writes.then(() -> write("order"));
        CompletionStage<Void> record = writes.record(() -> write("record"));
        assertThat(started).containsExactly("order");
        inFlight.get(0).completeExceptionally(new IllegalStateException("database down"));
        assertThat(order.toCompletableFuture()).isCompletedExceptionally();
        assertThat(started).containsExactly("order", "record");
        inFlight.get(1).complete(null);
        assertThat(record.toCompletableFuture()).isCompletedWithValue(null);
    }

    @Test
    @DisplayName("record writes asked for while one waits to start are that one write, reading the latest state")
    void merged() {
        RecordWrites writes = new RecordWrites();
        AtomicInteger state = new AtomicInteger();
        writes.record(() -> write("record " + state.get()));
        state.set(1);
        CompletionStage<Void> second = writes.record(() -> write("record " + state.get()));
        state.set(2);
        CompletionStage<Void> third = writes.record(() -> write("record " + state.get()));
        assertThat(third).isSameAs(second);
        inFlight.get(0).complete(null);
        assertThat(started).containsExactly("record 0", "record 2");
        state.set(3);
        CompletionStage<Void> fourth = writes.record(() -> write("record " + state.get()));
        assertThat(fourth).as("the second has started: a new write follows it").isNotSameAs(second);
        inFlight.get(1).complete(null);
        inFlight.get(2).complete(null);
        assertThat(started).containsExactly("record 0", "record 2", "record 3");
        assertThat(fourth.toCompletableFuture()).isCompletedWithValue(null);
    }
}
