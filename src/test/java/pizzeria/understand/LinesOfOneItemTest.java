package pizzeria.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.menu.ItemRequest;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;

/**
 * Several lines of one item said in one breath: a count shared out by detail ("six tacos, four chicken two fish"),
 * or another line with the item left out ("a pepperoni pie and one with mushrooms"). A second detail of the same kind
 * never changes the first line: that was a wrong order reaching the kitchen.
 */
@DisplayName("Lines of one item")
class LinesOfOneItemTest {
    private static final Tenant TAQUERIA = FirstTurn.TAQUERIA;
    private static final Tenant WINGS = FirstTurn.WINGS;

    private static List<ItemRequest> added(Tenant tenant, String text) {
        return FirstTurn.added(tenant, text);
    }

    /** quantity x option of the given choice, per line. */
    private static Map<String, Integer> byOption(List<ItemRequest> lines, String choice) {
        return lines.stream().collect(Collectors.toMap(r -> String.valueOf(r.options().get(choice)), ItemRequest::quantityOrOne, Integer::sum));
    }

    @Test
    @DisplayName("a count shared out by detail, without 'and' between the shares")
    void sharedOut() {
        assertThat(byOption(added(TAQUERIA, "six tacos four chicken two fish"), "meat")).isEqualTo(Map.of("pollo", 4, "pescado", 2));
        assertThat(byOption(added(TAQUERIA, "can i get four street tacos two carnitas and two barbacoa"), "meat"))
                .isEqualTo(Map.of("carnitas", 2, "barbacoa", 2));
        List<ItemRequest> wings = added(WINGS, "three orders of six piece wings two teriyaki one cajun");
        assertThat(byOption(wings, "sauce")).isEqualTo(Map.of("teriyaki", 2, "cajun", 1));
        assertThat(wings).allSatisfy(r -> assertThat(r.size()).isEqualTo("6"));
    }

    @Test
    @DisplayName("another line with the item left out keeps the first line's other details and replaces the one said again")
    void itemLeftOut() {
        assertThat(byOption(added(TAQUERIA, "four tacos de carnitas and three de chorizo"), "meat")).isEqualTo(Map.of("carnitas", 4, "chorizo", 3));
        List<ItemRequest> tortillas = added(TAQUERIA, "two shrimp tacos on flour and two on corn");
        assertThat(byOption(tortillas, "tortilla")).isEqualTo(Map.of("flour", 2, "corn", 2));
        assertThat(tortillas).allSatisfy(r -> assertThat(r.options()).containsEntry("meat", "camaron"));
        // a word nothing explains, said after the first line's details, stays with that line
        assertThat(FirstTurn.read(TAQUERIA, "two shrimp tacos on flour tortillas and two on corn").heldBack()).isEmpty();
        assertThat(added(TAQUERIA, "two shrimp tacos on flour tortillas and two on corn")).hasSize(2);
        List<ItemRequest> pies = added(Tenants.reference(), "a large sausage pie and one with mushrooms");
        assertThat(pies).hasSize(2);
        assertThat(pies).allSatisfy(r -> assertThat(r.size()).isEqualTo("large"));
        assertThat(pies.get(0).options().toString()).contains("sausage").doesNotContain("mushrooms");
        assertThat(pies.get(1).options().toString()).contains("mushrooms").doesNotContain("sausage");
    }

    @Test
    @DisplayName("a detail of another kind said on joins the line; with a count of its own it is asked about, never merged")
    void otherKind() {
        List<ItemRequest> one = added(WINGS, "six piece hot wings and honey mustard");
        assertThat(one).hasSize(1);
        assertThat(one.get(0).options()).containsEntry("sauce", "hot").containsEntry("dip", "honey-mustard");
        Understanding counted = FirstTurn.read(WINGS, "a six piece hot wings and one with ranch");
        assertThat(added(WINGS, "a six piece hot wings and one with ranch")).singleElement()
                .satisfies(r -> assertThat(r.options()).containsEntry("sauce", "hot").doesNotContainKey("dip"));
        assertThat(counted.heldBack()).singleElement().satisfies(h -> assertThat(h.choices()).contains("wings", "tenders"));
    }

    @Test
    @DisplayName("details of no named item, a second of one kind after a quantity or an article: two lines, not one changed")
    void twoUnnamedLines() {
        List<ItemRequest> drinks = added(TAQUERIA, "a small horchata a large jamaica");
        assertThat(drinks).extracting(r -> r.size() + " " + r.options().get("flavor")).containsExactly("small horchata", "large jamaica");
        assertThat(added(WINGS, "a medium pepsi two small lemonades")).extracting(r -> r.quantityOrOne() + " " + r.size())
                .containsExactly("1 medium", "2 small");
    }
}
