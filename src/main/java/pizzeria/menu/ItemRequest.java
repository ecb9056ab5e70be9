package pizzeria.menu;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a caller asked for, before the menu has checked it. {@code size} and {@code quantity} are null
 * when not said; {@code options} is owned by the item's plugin (the pizza plugin uses {@code crust},
 * {@code toppings} and {@code removed}; the items plugin maps each choice group to an option id).
 */
public record ItemRequest(String itemId, String size, Integer quantity, Map<String, Object> options) {
    public ItemRequest {
        options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    public static ItemRequest of(String itemId) {
        return new ItemRequest(itemId, null, null, Map.of());
    }

    public int quantityOrOne() {
        return quantity == null ? 1 : quantity;
    }

    public ItemRequest withQuantity(Integer q) {
        return new ItemRequest(itemId, size, q, options);
    }

    public ItemRequest withSize(String s) {
        return new ItemRequest(itemId, s, quantity, options);
    }

    public ItemRequest withOption(String key, Object value) {
        Map<String, Object> o = new LinkedHashMap<>(options);
        o.put(key, value);
        return new ItemRequest(itemId, size, quantity, o);
    }
}
