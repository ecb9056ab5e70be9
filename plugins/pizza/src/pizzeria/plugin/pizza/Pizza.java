package pizzeria.plugin.pizza;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.MenuItem;
import pizzeria.menu.PricedItem;
import pizzeria.menu.Resolution;
import pizzeria.menu.Schemas;
import pizzeria.spoken.Spoken;

/** One pie of the menu. {@code includes} are toppings that are part of it: not listed, not charged. */
record Pizza(String id, String name, List<String> names, Map<String, Integer> prices, List<String> includes,
             List<String> tags, PizzaMenu menu) implements MenuItem {

    Pizza on(PizzaMenu m) {
        return new Pizza(id, name, names, prices, includes, tags, m);
    }

    @Override
    public List<String> sizes() {
        return List.copyOf(prices.keySet());
    }

    @Override
    public String spokenSize(String size) {
        return menu.shortSize(size);
    }

    @Override
    public Resolution resolve(ItemRequest request) {
        String size = request.size();
        List<String> spokenSizes = sizes().stream().map(menu::shortSize).toList();
        if (size == null && prices.size() == 1) size = sizes().get(0);
        if (size == null) {
            return new Resolution.Missing("size", "What size would you like the " + PieWords.describe(this, request.options()) + ": "
                    + Spoken.choices(spokenSizes) + "?", sizes(), spokenSizes);
        }
        if (!prices.containsKey(size)) {
            return new Resolution.Invalid("The " + Spoken.withoutThe(name) + " only comes " + Spoken.choices(spokenSizes) + ".");
        }
        String crust = String.valueOf(request.options().getOrDefault("crust", menu.defaultCrust()));
        if (!menu.crusts().contains(crust)) {
            return new Resolution.Invalid("We don't have " + crust + " crust. " + "Our crusts are "
                    + Spoken.list(menu.crusts()) + ".");
        }
        String sized = size;
        return PieToppings.read(request.options(), this, sized).map(t -> priced(sized, crust, t));
    }

    private Resolution priced(String size, String crust, PieToppings toppings) {
        int base = prices.get(size);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("crust", crust);
        options.put("toppings", toppings.asOptions());
        if (!toppings.removed().isEmpty()) options.put("removed", toppings.removed());
        return new Resolution.Priced(new PricedItem(id, name, size, options, base, base + toppings.cents()));
    }

    @Override
    public String speak(PricedItem item, int quantity) {
        return PieWords.speak(this, item, quantity);
    }

    @Override
    public Map<String, Object> optionsSchema() {
        Map<String, Object> topping = new LinkedHashMap<>();
        topping.put("id", Schemas.oneOf(List.copyOf(menu.toppings().keySet())));
        topping.put("placement", Schemas.oneOf(List.of("whole", "left", "right")));
        topping.put("amount", Schemas.oneOfOrNull(List.of("extra", "light")));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("crust", Schemas.oneOfOrNull(menu.crusts()));
        props.put("toppings", Schemas.arrayOf(Schemas.object(topping)));
        props.put("removed", Schemas.arrayOf(Schemas.oneOf(includes.isEmpty() ? List.copyOf(menu.toppings().keySet()) : includes)));
        return Schemas.object(props);
    }

    @Override
    public String describe() {
        List<String> bySize = new ArrayList<>();
        prices.forEach((s, c) -> bySize.add(menu.shortSize(s) + " " + Spoken.money(c)));
        String with = includes.isEmpty() ? "" : ", comes with " + Spoken.list(includes.stream()
                .map(t -> menu.toppings().get(t).spokenName()).toList());
        return name + " (" + String.join(", ", bySize) + ")" + with;
    }

    /** Toppings named in a change are added to the pie; size, quantity and crust replace. */
    @Override
    public ItemRequest merge(ItemRequest current, ItemRequest change) {
        Map<String, Object> options = new LinkedHashMap<>(current.options());
        if (change.options().containsKey("crust")) options.put("crust", change.options().get("crust"));
        List<Object> toppings = new ArrayList<>(list(current.options().get("toppings")));
        for (Object t : list(change.options().get("toppings"))) {
            Object id = ((Map<?, ?>) t).get("id");
            toppings.removeIf(o -> ((Map<?, ?>) o).get("id").equals(id));
            toppings.add(t);
        }
        // "peppers instead of olives": a topping taken back comes off the pie; one the pie comes with is left off
        List<Object> removed = new ArrayList<>(list(current.options().get("removed")));
        for (Object r : list(change.options().get("removed"))) {
            boolean added = toppings.removeIf(o -> ((Map<?, ?>) o).get("id").equals(r));
            if (!added && !removed.contains(r)) removed.add(r);
        }
        options.put("toppings", toppings);
        if (!removed.isEmpty()) options.put("removed", removed);
        return new ItemRequest(current.itemId(), change.size() != null ? change.size() : current.size(),
                change.quantity() != null ? change.quantity() : current.quantity(), options);
    }

    static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
