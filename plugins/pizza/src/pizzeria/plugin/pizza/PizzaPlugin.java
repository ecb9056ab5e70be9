package pizzeria.plugin.pizza;

import pizzeria.config.ConfigNode;
import pizzeria.menu.MenuPlugin;
import pizzeria.menu.MenuSection;

/** Pizzas with sizes, crusts, and toppings on the whole pie or either half. */
public final class PizzaPlugin implements MenuPlugin {
    @Override
    public String id() {
        return "pizza";
    }

    @Override
    public MenuSection build(ConfigNode section) {
        return PizzaSectionReader.read(section);
    }
}
