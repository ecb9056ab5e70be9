package pizzeria.plugin.pizza;

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

class PizzaPluginTest {
    private final MenuItem cheese = Tenants.reference().menu().item("cheese").orElseThrow();

    private static Map<String, Object> toppings(Object... idAndPlacement) {
        List<Object> list = new java.util.ArrayList<>();
        for (int i = 0; i < idAndPlacement.length; i += 2) list.add(Map.of("id", idAndPlacement[i], "placement", idAndPlacement[i + 1]));
        return Map.of("toppings", list);
    }

    private static PricedItem priced(MenuItem item, ItemRequest r) {
        Resolution res = item.resolve(r);
        assertThat(res).isInstanceOf(Resolution.Priced.class);
        return ((Resolution.Priced) res).item();
    }

    @Test
    @DisplayName("a half topping costs half the whole-pie price, rounded up to the cent")
    void halfToppings() {
        PricedItem pie = priced(cheese, new ItemRequest("cheese", "large", 1, toppings("mushrooms", "left", "sausage", "right")));
        assertThat(pie.unitCents()).isEqualTo(1900 + 113 + 125);
        assertThat(pie.baseCents()).isEqualTo(1900);
        assertThat(cheese.speak(pie, 1)).isEqualTo("a large pie, half mushroom and half sausage");
    }

    @Test
    @DisplayName("included toppings are neither listed nor charged; removing one is free and shown")
    void specialtyIncludes() {
        MenuItem meat = Tenants.reference().menu().item("meat-lovers").orElseThrow();
        PricedItem pie = priced(meat, new ItemRequest("meat-lovers", "small", 1,
                Map.of("toppings", List.of(Map.of("id", "bacon", "placement", "whole"), Map.of("id", "onions", "placement", "whole")),
                        "removed", List.of("bacon"))));
        assertThat(pie.unitCents()).isEqualTo(1900 + 150);
        assertThat(pie.options().get("toppings")).isEqualTo(List.of(Map.of("id", "onions", "placement", "whole")));
        assertThat(pie.options().get("removed")).isEqualTo(List.of("bacon"));
        assertThat(meat.speak(pie, 2)).isEqualTo("two small Meat Lovers with onion without bacon");
    }

    @Test
    @DisplayName("one size is implied; a missing size is asked for; a size not offered is refused plainly")
    void sizes() {
        MenuItem grandma = Tenants.reference().menu().item("grandma").orElseThrow();
        assertThat(priced(grandma, ItemRequest.of("grandma")).size()).isEqualTo("sicilian");
        assertThat(cheese.resolve(ItemRequest.of("cheese"))).isInstanceOfSatisfying(Resolution.Missing.class,
                m -> assertThat(m.question()).isEqualTo("What size would you like the cheese pizza: small, large or Sicilian?"));
        assertThat(grandma.resolve(ItemRequest.of("grandma").withSize("large"))).isInstanceOfSatisfying(Resolution.Invalid.class,
                i -> assertThat(i.reason()).isEqualTo("The Grandma Pie only comes Sicilian."));
        assertThat(cheese.resolve(ItemRequest.of("cheese").withSize("large").withOption("crust", "stuffed")))
                .isInstanceOf(Resolution.Invalid.class);
    }

    @Test
    @DisplayName("a change adds the toppings it names and replaces the size")
    void merge() {
        ItemRequest before = new ItemRequest("cheese", "large", 1, toppings("mushrooms", "whole"));
        ItemRequest after = cheese.merge(before, new ItemRequest("x", "small", null, toppings("onions", "whole")));
        assertThat(after.size()).isEqualTo("small");
        assertThat(after.options().get("toppings")).isEqualTo(List.of(Map.of("id", "mushrooms", "placement", "whole"),
                Map.of("id", "onions", "placement", "whole")));
    }

    @Test
    @DisplayName("reads 'half X half Y' as X on the left and Y on the right")
    void grammarHalves() {
        PizzaGrammar g = (PizzaGrammar) Tenants.reference().menu().sections().get(0).grammar();
        ItemRequest r = g.interpret("cheese", List.of(new PizzaWord.Size("large"), new PizzaWord.Placement("half"),
                new PizzaWord.Topping("mushrooms"), new PizzaWord.Placement("half"), new PizzaWord.Topping("sausage")), List.of(2));
        assertThat(r.quantity()).isEqualTo(2);
        assertThat(r.options()).isEqualTo(toppings("mushrooms", "left", "sausage", "right"));
    }

    @Test
    @DisplayName("reports a topping priced for an unknown size and an unknown include, with their paths")
    void validation() {
        var built = Sections.build(new PizzaPlugin(), """
                section: Pizza
                plugin: pizza
                sizes: {small: "small"}
                toppings:
                  ham: {price_cents: {small: 100, jumbo: 300}}
                pizzas:
                  - {id: hawaiian, name: Hawaiian, price_cents: {small: 1500}, includes: [ham, pineapple]}
                """);
        assertThat(built.problems()).extracting(p -> p.path()).containsExactlyInAnyOrder(
                "menu[0].toppings.ham.price_cents.jumbo", "menu[0].pizzas[0].includes[1]");
    }

    private static Map<String, Object> topping(String id, String amount) {
        Map<String, Object> t = new java.util.LinkedHashMap<>(Map.of("id", id, "placement", "whole"));
        if (amount != null) t.put("amount", amount);
        return t;
    }

    @Test
    @DisplayName("extra costs a topping's price once more, light the same as regular; both are said in the read-back")
    void amounts() {
        PricedItem pie = priced(cheese, new ItemRequest("cheese", "large", 1,
                Map.of("toppings", List.of(topping("mushrooms", "extra"), topping("onions", "light")))));
        assertThat(pie.unitCents()).isEqualTo(1900 + 2 * 225 + 225);
        assertThat(pie.options().get("toppings")).isEqualTo(List.of(topping("mushrooms", "extra"), topping("onions", "light")));
        assertThat(cheese.speak(pie, 1)).isEqualTo("a large extra mushroom and light onion pie");
        assertThat(cheese.resolve(new ItemRequest("cheese", "large", 1, Map.of("toppings", List.of(topping("mushrooms", "triple"))))))
                .isInstanceOf(Resolution.Invalid.class);
        PricedItem regular = priced(cheese, new ItemRequest("cheese", "large", 1, Map.of("toppings", List.of(topping("mushrooms", "regular")))));
        assertThat(regular.options().get("toppings")).isEqualTo(List.of(topping("mushrooms", null)));
    }

    @Test
    @DisplayName("extra of a topping a pie includes costs its price once; light of it is free; both are listed")
    void amountsOfIncluded() {
        MenuItem veggie = Tenants.reference().menu().item("veggie").orElseThrow();
        PricedItem pie = priced(veggie, new ItemRequest(veggie.id(), "large", 1,
                Map.of("toppings", List.of(topping("mushrooms", "extra"), topping("onions", "light"), topping("olives", null)))));
        int base = pie.baseCents();
        assertThat(pie.unitCents()).isEqualTo(base + 225);
        assertThat(pie.options().get("toppings")).isEqualTo(List.of(topping("mushrooms", "extra"), topping("onions", "light")));
    }

    @Test
    @DisplayName("a size whose spoken name starts with an amount word is said whole: 'extra large', never 'extra'")
    void amountWordSizes() {
        PizzaMenu menu = new PizzaMenu(Map.of("xl", "extra large 18 inch", "large", "large 16 inch"), List.of("regular"), "regular",
                Map.of(), "cheese");
        assertThat(menu.shortSize("xl")).isEqualTo("extra large");
        assertThat(menu.shortSize("large")).isEqualTo("large");
    }

    @Test
    @DisplayName("crusts may have names people say ('deep dish', 'cracker crust'), heard and said back")
    void crustNames() {
        var built = pizzeria.testing.Sections.build(new PizzaPlugin(), """
                section: Pizza
                plugin: pizza
                sizes: {large: "large 16 inch"}
                crusts: {regular: {names: ["hand tossed"]}, thin: {names: ["cracker crust", "thin crust"]}, deep-dish: {names: ["deep dish", "chicago style"]}}
                toppings: {pepperoni: {names: [pepperoni], price_cents: {large: 250}}}
                pizzas: [{id: cheese, name: Cheese Pizza, price_cents: {large: 1900}}]
                """);
        assertThat(built.problems()).isEmpty();
        var words = built.section().grammar().terms().stream().map(pizzeria.menu.Term::phrase).toList();
        assertThat(words).contains("deep dish", "chicago style", "cracker crust", "hand tossed");
        MenuItem pie = built.section().items().get(0);
        PricedItem deep = priced(pie, new ItemRequest("cheese", "large", 1, Map.of("crust", "deep-dish")));
        assertThat(pie.speak(deep, 1)).isEqualTo("a deep dish cheese pizza");
    }
}
