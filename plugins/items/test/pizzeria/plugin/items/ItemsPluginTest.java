package pizzeria.plugin.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.MenuItem;
import pizzeria.menu.PricedItem;
import pizzeria.menu.Resolution;
import pizzeria.testing.Sections;
import pizzeria.testing.Tenants;

class ItemsPluginTest {
    private static MenuItem item(String id) {
        return Tenants.reference().menu().item(id).orElseThrow();
    }

    private static PricedItem priced(String id, ItemRequest r) {
        return ((Resolution.Priced) item(id).resolve(r)).item();
    }

    @Test
    @DisplayName("a required choice not given is asked for, with every option said aloud")
    void requiredChoice() {
        assertThat(item("wings").resolve(new ItemRequest("wings", "6", 1, Map.of()))).isInstanceOfSatisfying(Resolution.Missing.class,
                m -> assertThat(m.question()).isEqualTo(
                        "What sauce would you like for the Chicken Wings: mild, hot, barbecue, garlic parmesan or honey hot?"));
    }

    @Test
    @DisplayName("optional choices take their default; extras are charged on top of the base price")
    void defaultsAndExtras() {
        PricedItem wings = priced("wings", new ItemRequest("wings", "12", 1, Map.of("sauce", "hot")));
        assertThat(wings.options()).isEqualTo(Map.of("sauce", "hot", "dip", "blue-cheese"));
        PricedItem fries = priced("fries", new ItemRequest("fries", null, 1, Map.of("style", "disco")));
        assertThat(fries.baseCents()).isEqualTo(499);
        assertThat(fries.unitCents()).isEqualTo(849);
        assertThat(fries.size()).isNull();
    }

    @Test
    @DisplayName("a number equal to a size is the size; another number is the quantity")
    void numbersAsSizes() {
        ItemsGrammar g = (ItemsGrammar) Tenants.reference().menu().sectionOf("wings").grammar();
        assertThat(g.interpret("wings", List.of(), List.of(12))).isEqualTo(new ItemRequest("wings", "12", null, Map.of()));
        assertThat(g.interpret("wings", List.of(), List.of(2, 6))).isEqualTo(new ItemRequest("wings", "6", 2, Map.of()));
        assertThat(g.interpret("garlic-knots", List.of(new ItemWord.SizeName("dozen")), List.of(2)))
                .isEqualTo(new ItemRequest("garlic-knots", "12", 2, Map.of()));
    }

    @Test
    @DisplayName("a piece count the shop does not sell is no quantity; an item named with one of its options says that option")
    void countsNotSoldAndNamesWithOptions() {
        ItemsGrammar g = (ItemsGrammar) Tenants.reference().menu().sectionOf("wings").grammar();
        // wings come by 6, 12 and 24 here: "twenty wings" is neither twenty orders nor a size; the size is asked
        assertThat(g.interpret("wings", List.of(), List.of(20))).isEqualTo(new ItemRequest("wings", null, null, Map.of()));
        assertThat(g.interpret("wings", List.of(), List.of(3))).isEqualTo(new ItemRequest("wings", null, 3, Map.of()));
        SimpleItem cup = new SimpleItem("dip-cup", "Dip Cup", List.of("side of ranch"), 75, Map.of(), Map.of(),
                List.of(new ChoiceGroup("flavor", true, null, Map.of("ranch", "ranch", "marinara", "marinara"), Map.of())), null, List.of());
        ItemsGrammar cups = new ItemsGrammar(List.of(cup));
        assertThat(cups.terms()).anySatisfy(t -> {
            assertThat(t.phrase()).isEqualTo("side of ranch");
            assertThat(t.senses()).contains(new pizzeria.menu.Sense.Modifier(new ItemWord.Choice("flavor", "ranch"), false));
        });
    }

    @Test
    @DisplayName("speaks lines the way a person would")
    void speech() {
        assertThat(item("garlic-knots").speak(priced("garlic-knots", new ItemRequest("garlic-knots", "12", 1, Map.of())), 1))
                .isEqualTo("a dozen Garlic Knots");
        assertThat(item("wings").speak(priced("wings", new ItemRequest("wings", "12", 1, Map.of("sauce", "honey-hot", "dip", "ranch"))), 1))
                .isEqualTo("twelve piece Chicken Wings, honey hot and ranch");
        assertThat(item("soda-can").speak(priced("soda-can", new ItemRequest("soda-can", null, 2, Map.of("flavor", "sprite"))), 2))
                .isEqualTo("two Cans of Soda, Sprite");
    }

    @Test
    @DisplayName("an unknown option or choice group is refused, never guessed")
    void refusals() {
        assertThat(item("wings").resolve(new ItemRequest("wings", "6", 1, Map.of("sauce", "ketchup")))).isInstanceOf(Resolution.Invalid.class);
        assertThat(item("calzone").resolve(new ItemRequest("calzone", null, 1, Map.of("crust", "thin")))).isInstanceOf(Resolution.Invalid.class);
    }

    @Test
    @DisplayName("reports a default that is not an option, and an item with two prices, with their paths")
    void validation() {
        var built = Sections.build(new ItemsPlugin(), """
                section: Sides
                plugin: items
                items:
                  - {id: salad, name: Salad, price_cents: 800, sizes: {small: 500}}
                  - id: wings
                    name: Wings
                    price_cents: 900
                    choices: [{id: sauce, default: ketchup, options: {hot: "hot"}}]
                """);
        assertThat(built.problems()).extracting(p -> p.path()).containsExactlyInAnyOrder(
                "menu[0].items[0]", "menu[0].items[1].choices[0].default");
    }

    @Test
    @DisplayName("an item's default_size is taken without asking; one not among its sizes is reported")
    void defaultSize() {
        var built = Sections.build(new ItemsPlugin(), """
                section: Drinks
                plugin: items
                items:
                  - {id: soda, name: Fountain Soda, sizes: {small: 199, large: 299}, default_size: small}
                  - {id: tea, name: Iced Tea, sizes: {small: 199, large: 299}, default_size: huge}
                """);
        assertThat(built.problems()).extracting(p -> p.path()).containsExactly("menu[0].items[1].default_size");
        var soda = built.section().items().stream().filter(i -> i.id().equals("soda")).findFirst().orElseThrow();
        Resolution r = soda.resolve(new ItemRequest("soda", null, 1, Map.of()));
        assertThat(r).isInstanceOfSatisfying(Resolution.Priced.class, p -> assertThat(p.item().size()).isEqualTo("small"));
        assertThat(soda.resolve(new ItemRequest("soda", "large", 1, Map.of()))).isInstanceOfSatisfying(Resolution.Priced.class,
                p -> assertThat(p.item().unitCents()).isEqualTo(299));
    }
}
