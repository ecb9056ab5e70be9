package pizzeria.plugin.deals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pizzeria.config.ConfigNode;
import pizzeria.menu.MenuPlugin;
import pizzeria.menu.MenuSection;

/** Deals the gateway applies by itself: a set of items for one price, whichever combination saves most. */
public final class DealsPlugin implements MenuPlugin {
    @Override
    public String id() {
        return "deals";
    }

    @Override
    public MenuSection build(ConfigNode node) {
        List<Deal> deals = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConfigNode d : node.get("deals").elements()) {
            String id = d.text("id");
            if (!ids.add(id)) d.get("id").problem("deal id '" + id + "' is used twice");
            List<Deal.Clause> clauses = new ArrayList<>();
            for (ConfigNode m : d.get("match").elements()) clauses.add(clause(m));
            if (clauses.isEmpty()) d.get("match").problem("needs at least one item to match");
            deals.add(new Deal(id, d.text("name"), d.cents("price_cents"), clauses));
        }
        return new DealsSection(node.text("section"), deals);
    }

    private static Deal.Clause clause(ConfigNode m) {
        String toppings = m.optText("toppings").orElse("any");
        if (!toppings.equals("any") && !toppings.equals("none")) m.get("toppings").problem("must be none or any");
        int count = m.get("count").optInt(1, 100).orElse(1);
        return new Deal.Clause(m.text("item"), m.optText("size").orElse(null), count, toppings.equals("none"), m.path());
    }
}
