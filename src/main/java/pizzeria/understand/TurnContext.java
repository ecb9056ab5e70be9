package pizzeria.understand;

import pizzeria.flow.Phase;
import pizzeria.order.Order;

/** What an understander may know about the call when it reads a turn. */
public record TurnContext(Phase phase, Order order, Pending pending, String lastAgentLine) {
}
