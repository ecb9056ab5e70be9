package pizzeria.plugin.deals;

import java.util.List;
import pizzeria.menu.PricedItem;

/** A deal: the units it matches, together, cost {@code priceCents} instead of their base prices. */
record Deal(String id, String name, int priceCents, List<Clause> clauses) {
    /**
     * {@code count} units of {@code item} (at {@code size} when given); {@code plainOnly}: only pies
     * without toppings, whole or half. Crust never matters.
     */
    record Clause(String item, String size, int count, boolean plainOnly, String path) {
        boolean matches(PricedItem unit) {
            if (!unit.itemId().equals(item)) return false;
            if (size != null && !size.equals(unit.size())) return false;
            return !plainOnly || !(unit.options().get("toppings") instanceof List<?> t) || t.isEmpty();
        }
    }
}
