package pizzeria.understand;

import java.util.ArrayList;
import java.util.List;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.Menu;
import pizzeria.menu.MenuSection;
import pizzeria.menu.Sense;

/** What details said without an item ("a small", "three", "hot") say about an item already known, in its section's words. */
final class Patches {
    private final Menu menu;

    Patches(Menu menu) {
        this.menu = menu;
    }

    ItemRequest of(String itemId, Reading reading) {
        return of(itemId, reading.loose(), reading.looseNumbers());
    }

    /** Only the meanings the item's section has and the item takes; the section's grammar reads the rest. */
    ItemRequest of(String itemId, List<Lexicon.Meaning> meanings, List<Integer> numbers) {
        MenuSection section = menu.sectionOf(itemId);
        List<Object> values = new ArrayList<>();
        for (Lexicon.Meaning m : meanings) {
            Object v = ((Sense.Modifier) m.sense()).value();
            if (m.section() == section && section.grammar().accepts(itemId, v)) values.add(v);
        }
        return section.grammar().interpret(itemId, values, numbers);
    }
}
