package pizzeria.plugin.deals;

import java.util.List;
import pizzeria.config.Problems;
import pizzeria.menu.DealUse;
import pizzeria.menu.Menu;
import pizzeria.menu.MenuItem;
import pizzeria.menu.MenuSection;
import pizzeria.menu.Unit;
import pizzeria.spoken.Spoken;

/** A built deals section: it sells nothing of its own and discounts what the other sections sell. */
final class DealsSection implements MenuSection {
    private final String title;
    private final List<Deal> deals;

    DealsSection(String title, List<Deal> deals) {
        this.title = title;
        this.deals = List.copyOf(deals);
    }

    @Override public String title() { return title; }

    @Override
    public void crossCheck(Menu menu, Problems problems) {
        for (Deal d : deals) {
            for (Deal.Clause c : d.clauses()) {
                var item = menu.item(c.item());
                if (item.isEmpty()) { problems.add(c.path() + ".item", "'" + c.item() + "' is not an item on the menu"); continue; }
                MenuItem i = item.get();
                if (c.size() != null && !i.sizes().contains(c.size())) {
                    problems.add(c.path() + ".size", "'" + c.item() + "' has no size '" + c.size() + "'" + (i.sizes().isEmpty() ? "" : "; its sizes are " + i.sizes()));
                }
            }
        }
    }

    @Override
    public List<DealUse> bestDeals(List<Unit> units) {
        return new DealSearch(deals, units).best();
    }

    @Override
    public String summary() {
        StringBuilder out = new StringBuilder(title).append(" (applied automatically):\n");
        deals.forEach(d -> out.append("- ").append(d.name()).append(": ").append(Spoken.money(d.priceCents())).append('\n'));
        return out.toString();
    }
}
