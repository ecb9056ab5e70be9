package pizzeria.understand;

import java.util.List;
import pizzeria.flow.Phase;
import pizzeria.order.Order;

/**
 * What an understander may know about the call when it reads a turn.
 *
 * @param waiting items held back for a detail after the pending one ("a herbivore and a pesto": the pesto's size),
 *                which "both small" answers too
 */
public record TurnContext(Phase phase, Order order, Pending pending, String lastAgentLine, List<Pending.Detail> waiting) {
    public TurnContext {
        waiting = waiting == null ? List.of() : List.copyOf(waiting);
    }

    public TurnContext(Phase phase, Order order, Pending pending, String lastAgentLine) {
        this(phase, order, pending, lastAgentLine, List.of());
    }
}
