package pizzeria.plugin.items;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pizzeria.menu.ItemGrammar;
import pizzeria.menu.MenuItem;
import pizzeria.menu.MenuSection;
import pizzeria.spoken.Spoken;

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

    /** Each choice's options ("option:sauce/hot"), once though several items offer that choice. */
    @Override
    public Map<String, String> soldOutChoices() {
        Map<String, String> out = new LinkedHashMap<>();
        for (SimpleItem item : items) {
            for (ChoiceGroup g : item.choices()) {
                g.options().forEach((option, label) -> out.putIfAbsent("option:" + g.id() + "/" + option, Spoken.capitalized(g.spokenName()) + ": " + label));
            }
        }
        return out;
    }

    @Override
    public List<String> keyterms() {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.name()));
        items.forEach(i -> i.choices().forEach(c -> out.addAll(c.options().values())));
        return out;
    }
}
