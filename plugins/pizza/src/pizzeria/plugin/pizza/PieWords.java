package pizzeria.plugin.pizza;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pizzeria.menu.PricedItem;
import pizzeria.spoken.Spoken;

/** Says a pie aloud: "two large pepperoni pies", "a large pie, half mushroom and half sausage". */
final class PieWords {
    private PieWords() { }

    static String speak(Pizza pizza, PricedItem item, int quantity) {
        return speak(pizza, item, quantity, true);
    }

    /** The pie as asked about before its size is known: "the pepperoni pie", "the Chicagoan", "the cheese pizza". */
    static String describe(Pizza pizza, Map<String, Object> options) {
        // the request is not checked yet (a model may name a topping the menu lacks): only what the menu knows is said
        Map<String, Object> filled = new java.util.LinkedHashMap<>(options);
        PizzaMenu menu = pizza.menu();
        filled.put("toppings", Pizza.list(options.get("toppings")).stream()
                .filter(t -> t instanceof Map<?, ?> m && menu.toppings().containsKey(String.valueOf(m.get("id")))).toList());
        filled.put("removed", Pizza.list(options.get("removed")).stream().filter(r -> menu.toppings().containsKey(String.valueOf(r))).toList());
        if (!menu.crusts().contains(String.valueOf(filled.get("crust")))) filled.put("crust", menu.defaultCrust());
        String said = speak(pizza, new PricedItem(pizza.id(), pizza.name(), pizza.sizes().get(0), filled, 0, 0), 1, false);
        return said.replaceFirst("^(a|an) ", "");
    }

    private static String speak(Pizza pizza, PricedItem item, int quantity, boolean withSize) {
        PizzaMenu menu = pizza.menu();
        List<String> whole = new ArrayList<>();
        List<String> halves = new ArrayList<>();
        for (Object o : Pizza.list(item.options().get("toppings"))) {
            Map<?, ?> t = (Map<?, ?>) o;
            String name = menu.toppings().get(String.valueOf(t.get("id"))).spokenName();
            if (t.get("amount") != null) name = t.get("amount") + " " + name;
            if ("whole".equals(t.get("placement"))) whole.add(name);
            else halves.add("half " + name);
        }
        boolean plainBase = pizza.id().equals(menu.baseId());
        boolean slice = withSize && menu.shortSize(item.size()).equalsIgnoreCase("slice");
        String noun = plainBase && whole.isEmpty() && halves.isEmpty() ? pizza.name().toLowerCase() : plainBase ? "pie" : Spoken.withoutThe(pizza.name());
        if (slice) noun = plainBase && !(whole.isEmpty() && halves.isEmpty()) ? "slice"
                : pizza.name().toLowerCase().replaceAll(" (pizza|pie)$", "") + " slice";
        if (quantity > 1 && (noun.endsWith("pie") || noun.endsWith("pizza") || noun.endsWith("slice"))) noun += "s";
        StringBuilder out = new StringBuilder();
        String crust = String.valueOf(item.options().get("crust"));
        if (!crust.equals(menu.defaultCrust())) out.append(menu.spokenCrust(crust)).append(' ');
        if (plainBase && !whole.isEmpty()) out.append(String.join(" and ", whole)).append(' ');
        out.append(noun);
        if (!plainBase && !whole.isEmpty()) out.append(" with ").append(Spoken.list(whole));
        if (!halves.isEmpty()) out.append(", ").append(Spoken.list(halves));
        List<?> removed = Pizza.list(item.options().get("removed"));
        if (!removed.isEmpty()) {
            out.append(" without ").append(Spoken.list(removed.stream()
                    .map(r -> menu.toppings().get(String.valueOf(r)).spokenName()).toList()));
        }
        String size = withSize && pizza.sizes().size() > 1 && !slice ? menu.shortSize(item.size()) + " " : "";
        String rest = size + out;
        return Spoken.count(quantity, rest) + " " + rest;
    }
}
