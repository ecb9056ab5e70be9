package pizzeria.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pizzeria.menu.PricedItem;

/**
 * What a restaurant is out of ("86"): whole items, toppings, and options of a choice, until a moment (the end of
 * today's hours by default). The order desk refuses anything it names, whoever asked for it.
 *
 * @param until when it stops holding; null for until changed
 */
public record Availability(Set<String> items, Set<String> toppings, Set<String> options, Instant until) {
    public static final Availability NONE = new Availability(Set.of(), Set.of(), Set.of(), null);

    public Availability {
        items = Set.copyOf(items);
        toppings = Set.copyOf(toppings);
        options = Set.copyOf(options);
    }

    /** From the owner's list: {@code "garlic-knots"}, {@code "topping:anchovies"}, {@code "option:sauce/hot"}. */
    public static Availability of(List<String> unavailable, Instant until) {
        Set<String> items = new LinkedHashSet<>(), toppings = new LinkedHashSet<>(), options = new LinkedHashSet<>();
        for (String u : unavailable) {
            if (u.startsWith("topping:") && u.length() > 8) toppings.add(u.substring(8));
            else if (u.startsWith("option:") && u.indexOf('/') > 7 && !u.endsWith("/")) options.add(u.substring(7));
            else if (!u.isBlank() && !u.contains(":")) items.add(u);
            else throw new IllegalArgumentException("'" + u + "' is not an item id, topping:<id> or option:<group>/<option>");
        }
        return new Availability(items, toppings, options, until);
    }

    /** Still in force at {@code now}. */
    public Availability at(Instant now) {
        return until != null && !now.isBefore(until) ? NONE : this;
    }

    public boolean isEmpty() {
        return items.isEmpty() && toppings.isEmpty() && options.isEmpty();
    }

    /** What of this priced item the restaurant is out of, in the owner's words, if anything. */
    public Optional<String> blocks(PricedItem item) {
        if (items.contains(item.itemId())) return Optional.of(item.itemId());
        for (Map.Entry<String, Object> option : item.options().entrySet()) {
            if (option.getKey().equals("toppings") && option.getValue() instanceof List<?> list) {
                for (Object t : list) {
                    if (t instanceof Map<?, ?> m && toppings.contains(String.valueOf(m.get("id")))) return Optional.of("topping:" + m.get("id"));
                }
            } else if (option.getValue() instanceof String value && options.contains(option.getKey() + "/" + value)) {
                return Optional.of("option:" + option.getKey() + "/" + value);
            }
        }
        return Optional.empty();
    }

    /** The owner's list again, items first. */
    public List<String> asList() {
        List<String> out = new ArrayList<>(items);
        toppings.forEach(t -> out.add("topping:" + t));
        options.forEach(o -> out.add("option:" + o));
        return out;
    }
}
