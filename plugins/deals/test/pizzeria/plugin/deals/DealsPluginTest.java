package pizzeria.plugin.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.config.Problems;
import pizzeria.menu.DealUse;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.Menu;
import pizzeria.menu.PricedItem;
import pizzeria.menu.Resolution;
import pizzeria.menu.Unit;
import pizzeria.testing.Sections;
import pizzeria.testing.Tenants;

class DealsPluginTest {
    private final Menu menu = Tenants.reference().menu();
    private final List<Unit> units = new ArrayList<>();

    private void add(int lineId, int quantity, ItemRequest r) {
        PricedItem item = ((Resolution.Priced) menu.item(r.itemId()).orElseThrow().resolve(r)).item();
        for (int i = 0; i < quantity; i++) units.add(new Unit(lineId, item));
    }

    private static final ItemRequest PLAIN_LARGE = new ItemRequest("cheese", "large", 1, Map.of());
    private static final ItemRequest PEPPERONI_LARGE = new ItemRequest("cheese", "large", 1,
            Map.of("toppings", List.of(Map.of("id", "pepperoni", "placement", "whole"))));

    @Test
    @DisplayName("two large plain pies get the two-large-cheese deal")
    void twoLargeCheese() {
        add(1, 2, PLAIN_LARGE);
        assertThat(menu.bestDeals(units)).containsExactly(new DealUse("two-large-cheese", "Two Large Cheese Pies", 800, List.of(1, 1)));
    }

    @Test
    @DisplayName("a pie with any topping, even on half, never matches toppings: none, but matches toppings: any")
    void toppingsNone() {
        add(1, 2, PEPPERONI_LARGE);
        assertThat(menu.bestDeals(units)).isEmpty();
        add(2, 1, new ItemRequest("wings", "12", 1, Map.of("sauce", "hot")));
        add(3, 1, new ItemRequest("soda-2l", null, 1, Map.of("flavor", "coke")));
        assertThat(menu.bestDeals(units)).extracting(DealUse::dealId).containsExactly("family-night");
    }

    @Test
    @DisplayName("picks the combination that saves the most, each unit in at most one deal")
    void bestCombination() {
        add(1, 3, PLAIN_LARGE);
        add(2, 1, PEPPERONI_LARGE);
        add(3, 1, new ItemRequest("wings", "12", 1, Map.of("sauce", "hot")));
        add(4, 1, new ItemRequest("soda-2l", null, 1, Map.of("flavor", "coke")));
        List<DealUse> uses = menu.bestDeals(units);
        // two plain pies in two-large-cheese (800) and the pepperoni pie in family-night (1900+1599+399-3500 = 398)
        assertThat(uses.stream().mapToInt(DealUse::savingsCents).sum()).isEqualTo(1198);
        assertThat(uses).extracting(DealUse::dealId).containsExactlyInAnyOrder("two-large-cheese", "family-night");
        assertThat(uses.stream().flatMap(u -> u.lineIds().stream()).toList()).hasSize(5);
    }

    @Test
    @DisplayName("a deal naming an unknown item or size is reported with its path")
    void crossCheck() {
        var built = Sections.build(new DealsPlugin(), """
                section: Deals
                plugin: deals
                deals:
                  - {id: d1, name: D1, price_cents: 100, match: [{item: lobster, count: 1}, {item: cheese, size: jumbo, count: 1}]}
                """);
        Problems problems = new Problems();
        built.section().crossCheck(menu, problems);
        assertThat(problems.all()).extracting(p -> p.path()).containsExactly(
                "menu[0].deals[0].match[0].item", "menu[0].deals[0].match[1].size");
    }
}
