package pizzeria.order;

import pizzeria.menu.ItemRequest;

/**
 * A caller's question, answered from the tenant's data and never from a model's imagination.
 * {@code item} is set when the question is about a menu item; {@code words} are the caller's own words
 * for what they asked about ("gluten free crust"); for {@code KINDS}, the kind asked after ("toppings", "drinks").
 */
public record Question(Topic topic, ItemRequest item, String words) {
    public enum Topic {
        HOURS, PRICE, AVAILABILITY, INGREDIENTS, DELIVERY, MENU, ORDER_SO_FAR,
        /** Which of a kind there are: "what toppings do you have", "what kinds of pizza", "any sides?" */
        KINDS
    }
}
