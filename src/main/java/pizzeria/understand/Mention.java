package pizzeria.understand;

import java.util.List;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.MenuSection;

/**
 * An item the caller spoke of, with what they said about it, in the words of its own section; {@code generic} when
 * named only by the section's generic word ("pizza"), not by a name of its own.
 */
record Mention(String itemId, MenuSection section, List<Object> modifiers, List<Integer> numbers, boolean generic) {
    ItemRequest request() {
        return section.grammar().interpret(itemId, modifiers, numbers);
    }
}
