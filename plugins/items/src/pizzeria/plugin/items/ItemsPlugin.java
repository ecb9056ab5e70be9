package pizzeria.plugin.items;

import pizzeria.config.ConfigNode;
import pizzeria.menu.MenuPlugin;
import pizzeria.menu.MenuSection;

/** Simple items: one price or a price per size, with choice groups (a sauce, a flavor) and extras. */
public final class ItemsPlugin implements MenuPlugin {
    @Override
    public String id() {
        return "items";
    }

    @Override
    public MenuSection build(ConfigNode section) {
        return ItemsSectionReader.read(section);
    }
}
