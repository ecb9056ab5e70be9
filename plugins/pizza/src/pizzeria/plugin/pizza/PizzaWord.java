package pizzeria.plugin.pizza;

/** What a word says about a pie, as the local understander hands it back to this plugin. */
sealed interface PizzaWord {
    record Size(String id) implements PizzaWord { }

    record Topping(String id) implements PizzaWord { }

    record Crust(String id) implements PizzaWord { }

    /** "half" (left first, then right), "left", "right", "whole": where the next toppings go. */
    record Placement(String where) implements PizzaWord { }

    /** "no", "without", "hold the", "avoid", "leave off": the next toppings (or the crust named) come off. */
    record Without() implements PizzaWord { }

    /** "extra", "double", "light", "easy on the": how much of the next topping ("extra" or "light"). */
    record Amount(String level) implements PizzaWord { }

    /** "with", "plus", "but": what follows is wanted again, so a "without" said before it ends here. */
    record With() implements PizzaWord { }
}
