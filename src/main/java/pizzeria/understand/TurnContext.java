package pizzeria.understand;

import java.util.List;
import pizzeria.flow.Phase;
import pizzeria.order.Availability;
import pizzeria.order.Order;

/**
 * What an understander may know about the call when it reads a turn.
 *
 * @param waiting items held back for a detail after the pending one ("a herbivore and a pesto": the pesto's size),
 *                which "both small" answers too
 * @param out     what the restaurant is out of now
 */
public record TurnContext(Phase phase, Order order, Pending pending, String lastAgentLine, List<Pending.Detail> waiting,
                          Availability out) {
    public TurnContext {
        waiting = waiting == null ? List.of() : List.copyOf(waiting);
        out = out == null ? Availability.NONE : out;
    }

    public TurnContext(Phase phase, Order order, Pending pending, String lastAgentLine, List<Pending.Detail> waiting) {
        this(phase, order, pending, lastAgentLine, waiting, Availability.NONE);
    }

    public TurnContext(Phase phase, Order order, Pending pending, String lastAgentLine) {
        this(phase, order, pending, lastAgentLine, List.of());
    }

    /** The same turn, knowing what the restaurant is out of (a model is offered none of it). */
    public TurnContext soldOut(Availability now) {
        return new TurnContext(phase, order, pending, lastAgentLine, waiting, now);
    }
}
