package pizzeria.understand;

import java.util.concurrent.CompletionStage;

/**
 * Turns what a caller said into tool calls. It never changes the order itself: the call session checks
 * every call against the phase and the menu. Implementations: the local, menu-driven parser and, when a
 * key is set, a language model.
 */
public interface Understander {
    CompletionStage<Understanding> understand(String utterance, TurnContext context);
}
