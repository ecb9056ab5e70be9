package pizzeria.call;

import java.util.List;

/** One step of a conversation: the new state, what to say (null: nothing), and what to do. */
public record Step(CallState state, Reply reply, List<Effect> effects) {
    public Step {
        effects = List.copyOf(effects);
    }

    static Step quiet(CallState state) {
        return new Step(state, null, List.of());
    }
}
