package pizzeria.order;

import pizzeria.menu.ItemRequest;

/**
 * A caller's question, answered from the tenant's data and never from a model's imagination.
 * {@code item} is set when the question is about a menu item; {@code words} are the caller's own words
 * for what they asked about ("gluten free crust"); for {@code KINDS}, the kind asked after ("toppings", "drinks"); for
 * {@code TAG}, the quality ("spicy"); for {@code HOURS}, the day asked about ("sunday"), or none for today.
 */
public record Question(Topic topic, ItemRequest item, String words) {
    public enum Topic {
        HOURS, PRICE, AVAILABILITY, INGREDIENTS, DELIVERY, MENU, ORDER_SO_FAR,
        /** Which of a kind there are: "what toppings do you have", "what kinds of pizza", "any sides?" */
        KINDS,
        /** Whether an item is spicy, vegetarian, vegan, gluten-free ...: {@code words} is the quality asked about. */
        TAG
    }
}
