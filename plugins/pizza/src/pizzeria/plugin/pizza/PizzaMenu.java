package pizzeria.plugin.pizza;

import java.util.List;
import java.util.Map;

/** Everything a pizza section defines that its pies share: sizes, crusts and toppings. */
record PizzaMenu(Map<String, String> sizes, List<String> crusts, String defaultCrust, Map<String, Topping> toppings,
                 String baseId) {

    /** "large 16 inch" is said "large"; "Sicilian square" is said "Sicilian". */
    String shortSize(String size) {
        String spoken = sizes.getOrDefault(size, size);
        return spoken.split(" ")[0];
    }
}
