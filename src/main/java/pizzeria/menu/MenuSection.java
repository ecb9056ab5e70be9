package pizzeria.menu;

import java.util.List;
import java.util.Map;
import pizzeria.config.Problems;

/**
 * A built, immutable menu section. Every method but {@link #items()} has a no-op default so that a
 * plugin overrides only what its kind of section needs (a deals section sells nothing; a drinks section
 * gives no deals).
 */
public interface MenuSection {
    String title();

    /** What this section sells. */
    default List<MenuItem> items() { return List.of(); }

    /** Checks references to the rest of the menu (a deal naming an item) once every section is built. */
    default void crossCheck(Menu menu, Problems problems) { }

    /** Words the speech recogniser should favour, most important first. */
    default List<String> keyterms() {
        return items().stream().flatMap(i -> i.names().stream()).toList();
    }

    /** How the local understander recognises this section's items and their details. */
    default ItemGrammar grammar() { return ItemGrammar.NONE; }

    /**
     * Deal uses for the given units (each unit is one of a line's quantity). Returns the combination that
     * saves the most; each unit counts toward at most one use.
     */
    default List<DealUse> bestDeals(List<Unit> units) { return List.of(); }

    /**
     * What of this section can sell out apart from whole items: a topping, one option of a choice. Keyed by the
     * name the availability route uses ({@code "topping:anchovies"}, {@code "option:sauce/hot"}), valued by how
     * the owner reads it ("Anchovies"), in menu order.
     */
    default Map<String, String> soldOutChoices() { return Map.of(); }

    /** Short facts that answer callers' questions, keyed by a word the question would contain ("crust"). */
    default Map<String, String> facts() { return Map.of(); }

    /** A compact description of the section for the language model's prompt. */
    default String summary() {
        StringBuilder out = new StringBuilder(title()).append(":\n");
        items().forEach(i -> out.append("- ").append(i.describe()).append('\n'));
        return out.toString();
    }
}
