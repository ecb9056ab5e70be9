package pizzeria.plugin.items;

import java.util.ArrayList;
import java.util.List;
import pizzeria.menu.ItemGrammar;
import pizzeria.menu.MenuItem;
import pizzeria.menu.MenuSection;

/** A built items section. */
final class ItemsSection implements MenuSection {
    private final String title;
    private final List<SimpleItem> items;
    private final ItemsGrammar grammar;

    ItemsSection(String title, List<SimpleItem> items) {
        this.title = title;
        this.items = List.copyOf(items);
        this.grammar = new ItemsGrammar(items);
    }

    @Override public String title() { return title; }
    @Override public List<MenuItem> items() { return List.copyOf(items); }
    @Override public ItemGrammar grammar() { return grammar; }

    @Override
    public List<String> keyterms() {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.name()));
        items.forEach(i -> i.choices().forEach(c -> out.addAll(c.options().values())));
        return out;
    }
}
