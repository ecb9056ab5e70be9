package pizzeria.plugin.pizza;

import java.util.List;
import java.util.Map;

/** Everything a pizza section defines that its pies share: sizes, crusts and toppings. */
record PizzaMenu(Map<String, String> sizes, List<String> crusts, String defaultCrust, Map<String, Topping> toppings,
                 String baseId, Map<String, List<String>> crustNames) {

    PizzaMenu(Map<String, String> sizes, List<String> crusts, String defaultCrust, Map<String, Topping> toppings, String baseId) {
        this(sizes, crusts, defaultCrust, toppings, baseId, Map.of());
    }

    /** How a crust is said: its first name ("cracker crust"), else its id and "crust" ("thin crust"). */
    String spokenCrust(String crust) {
        List<String> names = crustNames.getOrDefault(crust, List.of());
        return names.isEmpty() ? crust.replace('-', ' ') + " crust" : names.get(0);
    }

    /** Words that say how much of a topping: a size's spoken name starting with one is heard only whole. */
    static final java.util.Set<String> AMOUNT_WORDS = java.util.Set.of("extra", "light", "double");

    /**
     * "large 16 inch" is said "large"; "Sicilian square" is said "Sicilian"; "extra large" stays whole, since
     * "extra" alone is an amount ("extra mushrooms").
     */
    String shortSize(String size) {
        String[] words = sizes.getOrDefault(size, size).split(" ");
        return AMOUNT_WORDS.contains(words[0].toLowerCase(java.util.Locale.ROOT)) && words.length > 1
                ? words[0] + " " + words[1] : words[0];
    }
}
