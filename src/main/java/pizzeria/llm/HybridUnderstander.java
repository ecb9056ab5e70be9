package pizzeria.llm;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;
import pizzeria.understand.LocalUnderstander;
import pizzeria.understand.TokenUsage;
import pizzeria.understand.TurnContext;
import pizzeria.understand.Understander;
import pizzeria.understand.Understanding;
import pizzeria.understand.UnderstoodBy;

/**
 * The local parser answers every turn it fully understands (fast, free, deterministic); the model takes
 * the rest. If the model fails or finds nothing, the local reading stands, so a provider outage degrades
 * understanding instead of stopping the call.
 */
public final class HybridUnderstander implements Understander {
    private final LocalUnderstander local;
    private final Understander model;
    private final LongSupplier nanoTime;

    public HybridUnderstander(LocalUnderstander local, Understander model) {
        this(local, model, System::nanoTime);
    }

    /** @param nanoTime a monotonic clock, to time the wait on the model (the turn's timings keep it apart) */
    HybridUnderstander(LocalUnderstander local, Understander model, LongSupplier nanoTime) {
        this.local = local;
        this.model = model;
        this.nanoTime = nanoTime;
    }

    @Override
    public CompletionStage<Understanding> understand(String utterance, TurnContext context) {
        Understanding mine = local.read(utterance, context);
        if (mine.complete()) return CompletableFuture.completedFuture(mine);
        long asked = nanoTime.getAsLong();
        return model.understand(utterance, context).handle((theirs, error) -> {
            Duration waited = Duration.ofNanos(nanoTime.getAsLong() - asked);
            if (error != null) return standing(mine, UnderstoodBy.LOCAL_FALLBACK, null, waited);
            if (theirs.calls().isEmpty()) return standing(mine, UnderstoodBy.LOCAL_AFTER_MODEL, theirs.tokens(), waited);
            return theirs.afterModelWait(waited);
        });
    }

    /** The local reading stands whole, held-back lines included (the caller is still asked about them). */
    private static Understanding standing(Understanding mine, UnderstoodBy by, TokenUsage tokens, Duration waited) {
        return new Understanding(mine.calls(), mine.notOnMenu(), mine.complete(), by, tokens, mine.unheard(), mine.heldBack(),
                mine.answered(), waited);
    }
}
