package pizzeria.llm;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import pizzeria.understand.LocalUnderstander;
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

    public HybridUnderstander(LocalUnderstander local, Understander model) {
        this.local = local;
        this.model = model;
    }

    @Override
    public CompletionStage<Understanding> understand(String utterance, TurnContext context) {
        Understanding mine = local.read(utterance, context);
        if (mine.complete()) return CompletableFuture.completedFuture(mine);
        return model.understand(utterance, context).handle((theirs, error) -> {
            if (error != null) {
                return new Understanding(mine.calls(), mine.notOnMenu(), mine.complete(), UnderstoodBy.LOCAL_FALLBACK, null, mine.unheard());
            }
            if (theirs.calls().isEmpty()) {
                return new Understanding(mine.calls(), mine.notOnMenu(), mine.complete(), UnderstoodBy.LOCAL_AFTER_MODEL, theirs.tokens(),
                        mine.unheard());
            }
            return theirs;
        });
    }
}
