package pizzeria.flow;

import java.util.EnumSet;
import java.util.Set;
import pizzeria.order.Tool;

/** The current phase: its rule and every tool allowed in it (its own plus the global ones). */
public record Phase(PhaseRule rule, Set<Tool> allowed) {
    public String id() { return rule.id(); }
    public boolean terminal() { return rule.terminal(); }
    public boolean allows(Tool tool) { return allowed.contains(tool); }

    static Phase of(PhaseRule rule) {
        Set<Tool> tools = EnumSet.noneOf(Tool.class);
        tools.addAll(rule.tools());
        for (Tool t : Tool.values()) if (t.global()) tools.add(t);
        return new Phase(rule, Set.copyOf(tools));
    }
}
