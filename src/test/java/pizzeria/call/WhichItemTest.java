package pizzeria.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.order.OrderLine;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;
import pizzeria.understand.Pending;

/**
 * "a twelve piece hot" at a shop with bone-in and boneless wings fits both: the agent asks which, and the answer
 * keeps what was said before (twelve, hot) instead of starting the line again.
 */
@DisplayName("Asking which item was meant")
class WhichItemTest {
    private static final Tenant WINGS = Tenants.parse(Path.of("src", "test", "resources", "corpus", "blind", "wings-and-subs.yaml"));

    private static Dialogue asked(String order) {
        Dialogue d = new Dialogue(WINGS);
        d.open();
        Step step = d.say(order);
        assertThat(step.reply().text()).contains("did you mean the Bone-In Wings or the Boneless Wings?");
        assertThat(step.state().order().lines()).isEmpty();
        assertThat(step.state().pending()).isInstanceOf(Pending.Choice.class);
        return d;
    }

    private static OrderLine only(Dialogue d) {
        assertThat(d.state.order().lines()).hasSize(1);
        return d.state.order().lines().get(0);
    }

    @Test
    @DisplayName("the answer names one: that item, with the size and sauce said before, and nothing more asked")
    void answerKeepsWhatWasSaid() {
        for (String answer : List.of("bone in", "the bone-in wings please", "traditional wings")) {
            Dialogue d = asked("a twelve piece hot");
            Step step = d.say(answer);
            OrderLine line = only(d);
            assertThat(line.item().itemId()).as(answer).isEqualTo("wings");
            assertThat(line.item().size()).isEqualTo("12");
            assertThat(line.item().options()).containsEntry("sauce", "hot");
            assertThat(step.state().pending()).as("nothing left to ask").isNull();
        }
        Dialogue d = asked("a twelve piece hot");
        d.say("boneless");
        assertThat(only(d).item().itemId()).isEqualTo("boneless-wings");
        assertThat(only(d).item().size()).isEqualTo("12");
    }

    @Test
    @DisplayName("what the answer adds is kept too; what it says differently wins")
    void answerAddsDetails() {
        Dialogue d = asked("two twelve piece hot");
        d.say("boneless with ranch");
        OrderLine line = only(d);
        assertThat(line.item().itemId()).isEqualTo("boneless-wings");
        assertThat(line.quantity()).isEqualTo(2);
        assertThat(line.item().options()).containsAllEntriesOf(Map.of("sauce", "hot", "dip", "ranch"));
    }

    @Test
    @DisplayName("an answer about something else leaves the question: a later mention of the wings starts a line of its own")
    void otherAnswer() {
        Dialogue d = asked("a twelve piece hot");
        d.say("actually just a can of pepsi");
        assertThat(d.state.order().lines()).extracting(l -> l.item().itemId()).containsExactly("can-soda");
        assertThat(d.state.pending() instanceof Pending.Choice).as("the question is dropped").isFalse();
    }

    @Test
    @DisplayName("asked together with a detail of another item, which item comes first; the detail is asked next")
    void beforeADetail() {
        Dialogue d = new Dialogue(WINGS);
        d.open();
        Step first = d.say("a six piece mild and a lemonade");
        assertThat(first.reply().text()).contains("did you mean the Bone-In Wings or the Boneless Wings?").doesNotContain("What size");
        Step second = d.say("boneless");
        assertThat(second.reply().text()).contains("size");
        assertThat(second.state().pending()).isInstanceOf(Pending.Detail.class);
        d.say("large");
        assertThat(d.state.order().lines()).extracting(l -> l.item().itemId() + " " + l.item().size())
                .containsExactlyInAnyOrder("boneless-wings 6", "fountain-drink large");
    }
}
