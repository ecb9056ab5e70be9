package pizzeria.flow;

import java.util.List;
import pizzeria.order.Order;

/**
 * Decides the phase of a call from the order alone: the first phase whose {@code done_when} is not yet
 * true. Going back (removing an item, changing the cart) needs no special case: an earlier phase simply
 * becomes current again.
 */
public final class PhaseMachine {
    private final List<PhaseRule> rules;
    private final List<Phase> phases;

    public PhaseMachine(List<PhaseRule> rules) {
        if (rules.isEmpty()) throw new IllegalArgumentException("a conversation needs at least one phase");
        this.rules = List.copyOf(rules);
        this.phases = rules.stream().map(Phase::of).toList();
    }

    public Phase decide(Order order) {
        for (int i = 0; i < rules.size(); i++) {
            PhaseRule rule = rules.get(i);
            if (rule.terminal() || !rule.doneWhen().stream().allMatch(c -> c.holds(order))) return phases.get(i);
        }
        return phases.get(phases.size() - 1);
    }

    public List<PhaseRule> rules() {
        return rules;
    }
}
