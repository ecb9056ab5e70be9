package pizzeria.flow;

import java.util.List;
import java.util.Set;
import pizzeria.order.Tool;

/** One phase of a tenant's conversation: when it is done, what may be done in it, and what to say. */
public record PhaseRule(String id, List<Condition> doneWhen, Set<Tool> tools, String say) {
    public PhaseRule {
        doneWhen = List.copyOf(doneWhen);
        tools = Set.copyOf(tools);
    }

    /** A phase with nothing to wait for ends the call ("goodbye"). */
    public boolean terminal() {
        return doneWhen.isEmpty();
    }
}
