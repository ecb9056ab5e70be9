package pizzeria.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.order.OrderLine;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;

/**
 * A line the agent is still asking about is never dropped in silence: "that's it" while a size, a choice between
 * items or a line to say again is open gets the question again, and a caller who will not answer goes to staff with
 * the cart kept, never to a read-back without the line. Answers said beside more of the order complete the line asked
 * about.
 */
@DisplayName("No line dropped")
class NoLineDroppedTest {
    private static final Tenant LATE_NIGHT = Tenants.parse(Path.of("src/test/resources/scenarios/tenants/late-night.yaml"));
    private static final Tenant GREEN = Tenants.parse(Path.of("src/test/resources/scenarios/tenants/green-crust.yaml"));

    private static List<String> cart(Dialogue d) {
        return d.state.order().lines().stream().map(NoLineDroppedTest::unit).toList();
    }

    private static String unit(OrderLine l) {
        return l.quantity() + " " + l.item().itemId() + " " + l.item().size() + " " + l.item().options().get("toppings");
    }

    @Test
    @DisplayName("'that's it' with a size still asked for asks it again, in the ordering phase")
    void doneWithASizeOpen() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a large pepperoni pie and a mushroom pie");
        assertThat(d.steps.get(d.steps.size() - 1).reply().text()).contains("What size");
        Step done = d.say("nope that's it");
        assertThat(done.reply().text()).startsWith(Line.ONE_MORE_THING.text()).contains("What size");
        assertThat(d.conversation.phase(d.state)).isEqualTo("take_order");
        Step answered = d.say("small");
        assertThat(cart(d)).hasSize(2);
        assertThat(answered.reply().text()).doesNotContain("What size");
        d.say("that's all");
        assertThat(d.conversation.phase(d.state)).isEqualTo("confirm_order");
    }

    @Test
    @DisplayName("a caller who goes past the question three times goes to staff with the cart, never to a read-back")
    void neverReadBackWithoutTheLine() {
        Dialogue d = Dialogue.after(LATE_NIGHT, "can I get a medium cheese pizza and a pepperoni pizza", "that's it", "that's it");
        assertThat(d.state.ended()).isFalse();
        Step third = d.say("that's it");
        assertThat(third.state().outcome()).isEqualTo(Outcome.TRANSFERRED);
        assertThat(cart(d)).containsExactly("1 cheese medium []");
        assertThat(d.state.phasesVisited()).doesNotContain("confirm_order");
    }

    @Test
    @DisplayName("a line asked to be said again is asked once more at 'that's it'")
    void doneWithALineToSayAgain() {
        Dialogue d = Dialogue.after(GREEN, "a large herbivore, no zorblax");
        Step done = d.say("that's all");
        assertThat(done.reply().text()).startsWith(Line.ONE_MORE_THING.text()).contains("zorblax");
        assertThat(d.conversation.phase(d.state)).isEqualTo("take_order");
    }

    @Test
    @DisplayName("'both large, and ten on the wings, mild': both pies take the size, the wings asked about are completed")
    void answerBesideMoreOfTheOrder() {
        Dialogue d = Dialogue.after(LATE_NIGHT, "a pepperoni pizza and a sausage pizza and some wings", "uh both large, and ten on the wings, mild");
        assertThat(cart(d)).containsExactlyInAnyOrder("1 cheese large [{id=pepperoni, placement=whole}]",
                "1 cheese large [{id=sausage, placement=whole}]", "1 wings 10 null");
        assertThat(d.state.waiting()).isEmpty();
        d.say("that's it");
        assertThat(d.conversation.phase(d.state)).isEqualTo("confirm_order");
    }

    @Test
    @DisplayName("a count said with words that fit nothing is not the quantity of the items answered ('ten on the wings' with no wings)")
    void countOfSomethingElse() {
        Dialogue d = Dialogue.after(GREEN, "a pepperoni pizza and a sausage pizza", "uh both large, and ten on the wings");
        assertThat(d.state.order().lines()).hasSize(2).allMatch(l -> l.quantity() == 1 && "large".equals(l.item().size()));
    }

    @Test
    @DisplayName("a share naming the line's own item again ('one plain' where plain is the cheese pie) is that share")
    void shareNamingTheItem() {
        Dialogue d = Dialogue.after(GREEN, "two large cheese pizzas, one with pineapple and jalapenos and one plain");
        assertThat(cart(d)).containsExactlyInAnyOrder("1 cheese large [{id=pineapple, placement=whole}, {id=jalapenos, placement=whole}]",
                "1 cheese large []");
        assertThat(d.state.pending()).isNull();
    }

    @Test
    @DisplayName("a last word that fits nothing holds the line unless it is a parting word ('and anchovy' at a shop without it; 'thanks a bunch')")
    void lastWordHoldsTheLine() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a large pepperoni pie and zorblax");
        assertThat(d.state.order().lines()).isEmpty();
        assertThat(d.steps.get(d.steps.size() - 1).reply().text()).contains("zorblax");
        Dialogue e = Dialogue.after(Tenants.reference(), "a large pepperoni pie, thanks a bunch");
        assertThat(cart(e)).containsExactly("1 cheese large [{id=pepperoni, placement=whole}]");
    }
}
