package pizzeria.menu;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One unit of an item as configured and priced by its plugin. {@code baseCents} is the item at its size
 * before toppings and extras (what a deal replaces); {@code unitCents} is what one unit costs.
 * {@code options} is complete: defaults are filled in, so it is what the kitchen gets.
 */
public record PricedItem(String itemId, String name, String size, Map<String, Object> options,
                         int baseCents, int unitCents) {
    public PricedItem {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** The request that would produce this item again, used to apply a change to an existing line. */
    public ItemRequest asRequest(int quantity) {
        return new ItemRequest(itemId, size, quantity, options);
    }
}
