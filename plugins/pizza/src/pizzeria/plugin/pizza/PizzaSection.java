package pizzeria.plugin.pizza;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pizzeria.menu.ItemGrammar;
import pizzeria.menu.MenuItem;
import pizzeria.menu.MenuSection;
import pizzeria.spoken.Spoken;

/** A built pizza section. */
final class PizzaSection implements MenuSection {
    private final String title;
    private final PizzaMenu menu;
    private final List<Pizza> pizzas;
    private final PizzaGrammar grammar;

    PizzaSection(String title, PizzaMenu menu, List<Pizza> pizzas) {
        this.title = title;
        this.menu = menu;
        this.pizzas = List.copyOf(pizzas);
        this.grammar = new PizzaGrammar(menu, pizzas);
    }

    @Override public String title() { return title; }
    @Override public List<MenuItem> items() { return List.copyOf(pizzas); }
    @Override public ItemGrammar grammar() { return grammar; }

    @Override
    public List<String> keyterms() {
        List<String> out = new ArrayList<>();
        pizzas.forEach(p -> out.add(p.name()));
        menu.toppings().values().forEach(t -> out.add(t.spokenName()));
        menu.sizes().values().forEach(out::add);
        return out;
    }

    @Override
    public Map<String, String> soldOutChoices() {
        Map<String, String> out = new LinkedHashMap<>();
        menu.toppings().values().forEach(t -> out.put("topping:" + t.id(), Spoken.capitalized(t.spokenName())));
        return out;
    }

    @Override
    public Map<String, String> facts() {
        return Map.of(
                "crust", "Our crusts are " + Spoken.list(menu.crusts().stream().map(c -> c.replace('-', ' ')).toList()) + ".",
                "topping", "Our toppings are " + Spoken.list(menu.toppings().values().stream().map(Topping::spokenName).toList()) + ".",
                "size", "Our pizzas come " + Spoken.choices(List.copyOf(menu.sizes().values())) + ".");
    }
}
