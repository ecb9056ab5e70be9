package pizzeria.plugin.pizza;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import pizzeria.config.ConfigNode;

/** Reads and checks a pizza section; every problem is reported on the node it concerns. */
final class PizzaSectionReader {
    private PizzaSectionReader() { }

    static PizzaSection read(ConfigNode node) {
        String title = node.text("section");
        Map<String, String> sizes = new LinkedHashMap<>();
        node.get("sizes").entries().forEach((id, spoken) -> sizes.put(id, spoken.text()));
        if (sizes.isEmpty()) node.get("sizes").problem("needs at least one size (id: spoken name)");
        // crusts: a list of ids, or a map of id -> {names: [...]} ("deep dish", "chicago style")
        List<String> crusts = new ArrayList<>();
        Map<String, List<String>> crustNames = new LinkedHashMap<>();
        ConfigNode crustNode = node.get("crusts");
        if (crustNode.isMissing()) crusts.add("regular");
        else if (crustNode.isMapping()) {
            crustNode.entries().forEach((id, c) -> {
                crusts.add(id);
                crustNames.put(id, c.get("names").texts());
            });
        } else crusts.addAll(crustNode.texts());
        String defaultCrust = node.optText("default_crust").orElse(crusts.isEmpty() ? "regular" : crusts.get(0));
        if (!crusts.contains(defaultCrust)) node.get("default_crust").problem("'" + defaultCrust + "' is not one of the crusts " + crusts);
        Map<String, Topping> toppings = new LinkedHashMap<>();
        node.get("toppings").entries().forEach((id, t) -> toppings.put(id, topping(id, t, sizes)));
        List<Pizza> pizzas = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConfigNode p : node.get("pizzas").elements()) {
            Pizza pizza = pizza(p, sizes, toppings);
            if (!ids.add(pizza.id())) p.get("id").problem("pizza id '" + pizza.id() + "' is used twice");
            pizzas.add(pizza);
        }
        if (pizzas.isEmpty()) node.get("pizzas").problem("needs at least one pizza");
        String base = node.optText("base_pizza").orElse(pizzas.isEmpty() ? "" : pizzas.get(0).id());
        if (!pizzas.isEmpty() && !ids.contains(base)) node.get("base_pizza").problem("'" + base + "' is not a pizza of this section");
        PizzaMenu menu = new PizzaMenu(sizes, crusts, defaultCrust, toppings, base, crustNames);
        return new PizzaSection(title, menu, pizzas.stream().map(p -> p.on(menu)).toList());
    }

    private static Topping topping(String id, ConfigNode t, Map<String, String> sizes) {
        List<String> names = t.has("names") ? lower(t.texts("names")) : List.of(id.replace('-', ' '));
        return new Topping(id, names, prices(t.get("price_cents"), sizes));
    }

    private static Pizza pizza(ConfigNode p, Map<String, String> sizes, Map<String, Topping> toppings) {
        String id = p.text("id");
        if (!id.matches("[a-z0-9-]+")) p.get("id").problem("must be lower-case letters, digits and dashes");
        String name = p.text("name");
        List<String> names = new ArrayList<>(lower(p.texts("names")));
        if (!names.contains(name.toLowerCase(Locale.ROOT))) names.add(name.toLowerCase(Locale.ROOT));
        Map<String, Integer> prices = prices(p.get("price_cents"), sizes);
        if (prices.isEmpty()) p.get("price_cents").problem("needs a price for at least one size");
        List<String> includes = p.texts("includes");
        for (int i = 0; i < includes.size(); i++) {
            if (!toppings.containsKey(includes.get(i))) {
                p.get("includes").elements().get(i).problem("'" + includes.get(i) + "' is not a topping of this section");
            }
        }
        return new Pizza(id, name, names, prices, includes, lower(p.texts("tags")), null);
    }

    /** Prices by size, each size known to the section. */
    private static Map<String, Integer> prices(ConfigNode node, Map<String, String> sizes) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (node.isMissing()) { node.problem("is required (cents by size)"); return out; }
        node.entries().forEach((size, cents) -> {
            if (!sizes.containsKey(size)) cents.problem("'" + size + "' is not one of the sizes " + sizes.keySet());
            else out.put(size, cents.cents());
        });
        return out;
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
