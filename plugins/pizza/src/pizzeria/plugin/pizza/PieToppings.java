package pizzeria.plugin.pizza;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import pizzeria.menu.Resolution;

/** The toppings asked for on one pie, checked against the menu and priced for its size. */
record PieToppings(List<Map<String, String>> toppings, List<String> removed, int cents) {
    private static final Set<String> PLACEMENTS = Set.of("whole", "left", "right");
    /** How much of a topping; none (or "regular") is the usual amount. */
    private static final Set<String> AMOUNTS = Set.of("extra", "light");

    /** Reads {@code toppings} and {@code removed} from a request's options. */
    static Checked read(Map<String, Object> options, Pizza pizza, String size) {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        int cents = 0;
        for (Object o : Pizza.list(options.get("toppings"))) {
            if (!(o instanceof Map<?, ?> m) || !(m.get("id") instanceof String id)) return Checked.invalid("I didn't get that topping.");
            String placement = m.get("placement") == null ? "whole" : String.valueOf(m.get("placement"));
            Topping t = pizza.menu().toppings().get(id);
            if (t == null) return Checked.invalid("Sorry, we don't have " + id.replace('-', ' ') + " as a topping.");
            if (!PLACEMENTS.contains(placement)) return Checked.invalid("A topping goes on the whole pie, the left or the right half.");
            if (t.centsOn(size, placement) == null) return Checked.invalid("We don't put " + t.spokenName() + " on that size.");
            Object said = m.get("amount");
            String amount = said == null || "regular".equals(said) ? null : String.valueOf(said);
            if (amount != null && !AMOUNTS.contains(amount)) return Checked.invalid("A topping comes light, regular or extra.");
            // An included topping is part of the pie: listed only when the caller wants more or less of it.
            if (pizza.includes().contains(id) && amount == null) continue;
            byId.remove(id);
            Map<String, String> chosen = new LinkedHashMap<>();
            chosen.put("id", id);
            chosen.put("placement", placement);
            if (amount != null) chosen.put("amount", amount);
            byId.put(id, chosen);
        }
        for (Map<String, String> t : byId.values()) cents += cents(pizza, t, size);
        List<String> removed = new ArrayList<>();
        for (Object r : Pizza.list(options.get("removed"))) {
            if (pizza.includes().contains(String.valueOf(r)) && !removed.contains(String.valueOf(r))) removed.add(String.valueOf(r));
        }
        return new Checked(new PieToppings(List.copyOf(byId.values()), removed, cents), null);
    }

    /**
     * Extra costs the topping's price once more; light costs the same as regular; of an included topping, extra
     * costs the price once and light nothing.
     */
    private static int cents(Pizza pizza, Map<String, String> t, String size) {
        int once = pizza.menu().toppings().get(t.get("id")).centsOn(size, t.get("placement"));
        boolean included = pizza.includes().contains(t.get("id"));
        boolean extra = "extra".equals(t.get("amount"));
        if (included) return extra ? once : 0;
        return extra ? 2 * once : once;
    }

    List<Object> asOptions() {
        List<Object> out = new ArrayList<>();
        toppings.forEach(t -> out.add(new LinkedHashMap<>(t)));
        return out;
    }

    /** The toppings, or why they cannot be made. */
    record Checked(PieToppings toppings, String problem) {
        static Checked invalid(String why) {
            return new Checked(null, why);
        }

        Resolution map(Function<PieToppings, Resolution> then) {
            return problem != null ? new Resolution.Invalid(problem) : then.apply(toppings);
        }
    }
}
