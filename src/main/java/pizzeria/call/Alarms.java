package pizzeria.call;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/** The shell's timers, as a call sees them: a stage that completes once {@code delay} has passed. */
public interface Alarms {
    CompletionStage<Void> after(Duration delay);
}
