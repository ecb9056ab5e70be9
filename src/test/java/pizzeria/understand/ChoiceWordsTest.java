package pizzeria.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.menu.ItemRequest;
import pizzeria.tenant.Tenant;

/** How a simple item's choices are said: by their labels, never by option ids that are words of every order. */
@DisplayName("Choice words")
class ChoiceWordsTest {
    private static final Tenant TAQUERIA = FirstTurn.TAQUERIA;
    private static final Tenant WINGS = FirstTurn.WINGS;

    private static ItemRequest one(Tenant tenant, String text) {
        List<ItemRequest> added = FirstTurn.added(tenant, text);
        assertThat(added).as(text).hasSize(1);
        return added.get(0);
    }

    @Test
    @DisplayName("'with' sets no choice by itself (choices whose options are called 'with' and 'without')")
    void withIsNoOption() {
        assertThat(one(TAQUERIA, "a chicken quesadilla with a corn tortilla").options())
                .containsEntry("meat", "pollo").containsEntry("tortilla", "corn").doesNotContainKeys("sour-cream", "guac");
        assertThat(one(WINGS, "a half steak and cheese no onions with mushrooms").options())
                .containsEntry("onions", "without").containsEntry("mushrooms", "with");
    }

    @Test
    @DisplayName("'instead of' names the option replaced, before or after the one wanted")
    void insteadOf() {
        assertThat(one(WINGS, "six piece wings garlic parm with honey mustard instead of blue cheese").options())
                .containsEntry("dip", "honey-mustard").containsEntry("sauce", "garlic-parm");
        assertThat(one(WINGS, "six piece wings cajun rather than the blue cheese ranch").options()).containsEntry("dip", "ranch");
        assertThat(one(WINGS, "a half turkey sub on wheat instead of white roll").options()).containsEntry("bread", "wheat");
    }
}
