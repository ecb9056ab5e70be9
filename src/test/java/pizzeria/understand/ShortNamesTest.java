package pizzeria.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.menu.ItemRequest;
import pizzeria.tenant.Tenant;

@DisplayName("Short names")
class ShortNamesTest {
    private static final Tenant TAQUERIA = FirstTurn.TAQUERIA;
    private static final Tenant WINGS = FirstTurn.WINGS;

    private static List<ItemRequest> added(Tenant tenant, String text) {
        assertThat(FirstTurn.read(tenant, text).heldBack()).as(text).isEmpty();
        return FirstTurn.added(tenant, text);
    }

    @Test
    @DisplayName("a phrase is heard in its short form too, the rest of it unchanged")
    void variants() {
        assertThat(ShortNames.variants(List.of("chicken", "al", "pastor"))).containsExactly(List.of("chicken", "pastor"));
        assertThat(ShortNames.variants(List.of("no", "guacamole"))).containsExactly(List.of("no", "guac"));
        assertThat(ShortNames.variants(List.of("ranch"))).isEmpty();
    }

    @Test
    @DisplayName("callers' short names reach the option or item the menu spells out")
    void heard() {
        assertThat(added(TAQUERIA, "four steak tacos")).singleElement().satisfies(r -> assertThat(r.options()).containsEntry("meat", "asada"));
        assertThat(added(TAQUERIA, "a chicken burrito with guac")).singleElement()
                .satisfies(r -> assertThat(r.options()).containsEntry("guac", "with").containsEntry("meat", "pollo"));
        assertThat(added(TAQUERIA, "two pastor tacos")).singleElement().satisfies(r -> assertThat(r.options()).containsEntry("meat", "al-pastor"));
    }

    @Test
    @DisplayName("a short form the menu uses for something else keeps the menu's meaning")
    void menuWins() {
        assertThat(added(WINGS, "a whole steak sub")).singleElement().satisfies(r -> assertThat(r.itemId()).isEqualTo("steak"));
    }
}
