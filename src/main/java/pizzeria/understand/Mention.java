package pizzeria.understand;

import java.util.List;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.MenuSection;

/** An item the caller spoke of, with what they said about it, in the words of its own section. */
record Mention(String itemId, MenuSection section, List<Object> modifiers, List<Integer> numbers) {
    ItemRequest request() {
        return section.grammar().interpret(itemId, modifiers, numbers);
    }
}
