package pizzeria.menu;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One thing a restaurant sells, as its plugin understands it. */
public interface MenuItem {
    String id();

    /** The name on the menu ("Cheese Pizza"). */
    String name();

    /** Every name a caller may use, lower case ("plain pie", "cheese pizza"). */
    List<String> names();

    /** Size ids in menu order; empty when the item has one price. */
    List<String> sizes();

    /** How a size is said aloud ("large", "twelve piece"). */
    default String spokenSize(String size) { return size; }

    /** Checks a request against the menu and prices one unit of it, or says what is missing or wrong. */
    Resolution resolve(ItemRequest request);

    /** Says a line aloud with its quantity: "two large pepperoni pies", "a dozen garlic knots". */
    String speak(PricedItem item, int quantity);

    /**
     * The JSON schema of this item's {@code options}, strict (every property required, nullable where
     * optional, no others), with enums of what the menu offers, so an off-menu choice cannot be expressed.
     */
    default Map<String, Object> optionsSchema() {
        return Schemas.object(new LinkedHashMap<>());
    }

    /** One line for the language model's prompt: names, sizes with prices, options. */
    String describe();

    /** What the menu says of the item beyond its contents ("spicy", "vegetarian", "vegan", "gluten-free"): tenant `tags`. */
    default List<String> tags() { return List.of(); }

    /** Applies a change ("make that a small") to what was asked before; options given replace old ones. */
    default ItemRequest merge(ItemRequest current, ItemRequest change) {
        Map<String, Object> options = new LinkedHashMap<>(current.options());
        options.putAll(change.options());
        return new ItemRequest(current.itemId(),
                change.size() != null ? change.size() : current.size(),
                change.quantity() != null ? change.quantity() : current.quantity(),
                options);
    }
}
