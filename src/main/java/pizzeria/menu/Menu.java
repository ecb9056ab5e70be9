package pizzeria.menu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A tenant's whole menu: its sections in file order and every item by id. */
public final class Menu {
    private final List<MenuSection> sections;
    private final Map<String, MenuItem> items = new LinkedHashMap<>();
    private final Map<String, MenuSection> sectionOfItem = new LinkedHashMap<>();

    public Menu(List<MenuSection> sections) {
        this.sections = List.copyOf(sections);
        for (MenuSection s : sections) {
            for (MenuItem i : s.items()) {
                items.putIfAbsent(i.id(), i);
                sectionOfItem.putIfAbsent(i.id(), s);
            }
        }
    }

    public List<MenuSection> sections() { return sections; }
    public Optional<MenuItem> item(String id) { return Optional.ofNullable(id == null ? null : items.get(id)); }
    public Map<String, MenuItem> items() { return items; }
    public MenuSection sectionOf(String itemId) { return sectionOfItem.get(itemId); }

    /** Every section's {@link MenuSection#soldOutChoices()}, in menu order (a name two sections share is listed once). */
    public Map<String, String> soldOutChoices() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        sections.forEach(s -> s.soldOutChoices().forEach(out::putIfAbsent));
        return out;
    }

    /** Deal uses of every deal-giving section; a unit used by one section is not offered to the next. */
    public List<DealUse> bestDeals(List<Unit> units) {
        List<DealUse> uses = new ArrayList<>();
        List<Unit> free = new ArrayList<>(units);
        for (MenuSection s : sections) {
            for (DealUse use : s.bestDeals(List.copyOf(free))) {
                uses.add(use);
                for (Integer lineId : use.lineIds()) {
                    free.stream().filter(u -> u.lineId() == lineId).findFirst().ifPresent(free::remove);
                }
            }
        }
        return uses;
    }
}
