package pizzeria.menu;

/** One meaning of a {@link Term}. */
public sealed interface Sense {
    /**
     * Names an item. A generic name ("pie", "pizza") names the section's plain item and gives way to a
     * specific name said alongside it ("a meat lovers pizza").
     */
    record Item(String itemId, boolean generic) implements Sense { }

    /**
     * Describes an item; {@code value} is the plugin's own. A marker ("half", "no", "with") means nothing
     * alone, so an utterance made only of markers is never taken as a change to the order.
     */
    record Modifier(Object value, boolean marker) implements Sense { }
}
