package pizzeria.menu;

import java.util.List;

/**
 * How the local understander reads a section's items. The core finds the section's {@link Term}s in what
 * the caller said, groups them around item mentions, and hands each group back here to become a request.
 */
public interface ItemGrammar {
    ItemGrammar NONE = new ItemGrammar() {
        public List<Term> terms() { return List.of(); }
        public boolean accepts(String itemId, Object modifier) { return false; }
        public ItemRequest interpret(String itemId, List<Object> modifiers, List<Integer> numbers) {
            return ItemRequest.of(itemId);
        }
    };

    /** Every phrase this section recognises: item names and modifiers (sizes, toppings, options...). */
    List<Term> terms();

    /** Whether a modifier of this section can describe the item (a sauce for wings, a topping for a pie). */
    boolean accepts(String itemId, Object modifier);

    /**
     * Builds a request from what was said about one item: its modifiers in spoken order and the numbers
     * said with it ("two", "12"). The plugin decides whether a number is a quantity or a size ("twelve
     * wings"). The quantity stays null when none was said.
     */
    ItemRequest interpret(String itemId, List<Object> modifiers, List<Integer> numbers);

    /**
     * The kind of detail a modifier says, where a second of the same kind replaces the first ("one lengua, two
     * cabeza": two meats for one taco cannot both hold). By default its class; a plugin whose modifiers of one class
     * are of several kinds (each choice group of a simple item) says which.
     */
    default Object kind(Object modifier) {
        return modifier.getClass();
    }

    /**
     * Whether one line holds a single detail of this modifier's kind (a size, a crust, one option of a choice): said
     * again with an article ("a family margherita and a family pepperoni"), it opens another line. Toppings, of which a
     * pie holds many, are not. By default no kind is.
     */
    default boolean single(Object modifier) {
        return false;
    }
}
