package pizzeria.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.order.Fulfillment;
import pizzeria.order.OrderLine;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;

/**
 * How callers talk, as learnt from the blind pizzerias (src/test/resources/scenarios/blind-a, blind-b), each rule shown
 * with sentences that are not in those corpora, on other menus.
 */
@DisplayName("Callers heard on menus never tuned on")
class NewMenusHeardTest {
    private static final Tenant LATE_NIGHT = Tenants.parse(Path.of("src/test/resources/scenarios/tenants/late-night.yaml"));

    private static List<String> cart(Dialogue d) {
        return d.state.order().lines().stream().map(NewMenusHeardTest::unit).toList();
    }

    private static String unit(OrderLine l) {
        return l.quantity() + " " + l.item().itemId() + " " + l.item().size();
    }

    private static String lastReply(Dialogue d) {
        return d.steps.get(d.steps.size() - 1).reply().text();
    }

    @Test
    @DisplayName("a piece count the shop does not sell is asked about, never taken as that many orders")
    void pieceCountNotSold() {
        Dialogue d = Dialogue.after(LATE_NIGHT, "can I do a dozen atomic wings");
        assertThat(cart(d)).isEmpty();
        assertThat(lastReply(d)).contains("What size Wings");
        d.say("let's do the twenty");
        assertThat(cart(d)).containsExactly("1 wings 20");
    }

    @Test
    @DisplayName("a choice answered by one word of its name ('the diet one')")
    void choiceByOneWord() {
        Dialogue d = Dialogue.after(Tenants.reference(), "and a two liter");
        assertThat(lastReply(d)).contains("What flavor");
        d.say("uh the ginger one");
        assertThat(d.state.order().lines()).singleElement().satisfies(l -> assertThat(l.item().options()).containsEntry("flavor", "ginger-ale"));
    }

    @Test
    @DisplayName("an address said first ends at its zip: the order said after it is heard")
    void addressThenOrder() {
        Dialogue d = Dialogue.after(Tenants.reference(), "this is for delivery to 14 park avenue 07030, a large pepperoni pie");
        assertThat(cart(d)).containsExactly("1 cheese large");
        assertThat(d.state.early()).singleElement().satisfies(c -> assertThat(c.toString()).contains("07030"));
    }

    @Test
    @DisplayName("a second pie with its own article and size is a line of its own ('a large margherita and a large pepperoni')")
    void secondSizeOpensALine() {
        Dialogue d = Dialogue.after(Tenants.reference(), "lemme get a large margherita and a small pepperoni");
        assertThat(cart(d)).containsExactlyInAnyOrder("1 margherita large", "1 cheese small");
    }

    @Test
    @DisplayName("the cheese pie is heard as 'cheese' and 'plain' beside a size")
    void cheeseAndPlain() {
        Dialogue d = Dialogue.after(LATE_NIGHT, "a large plain and a medium cheese");
        assertThat(cart(d)).containsExactlyInAnyOrder("1 cheese large", "1 cheese medium");
    }

    @Test
    @DisplayName("a removal by a word of a line's name removes that line; words that fit no line remove nothing")
    void removalByAWordOfTheName() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a large meat lovers and a large margherita", "take off the lovers one");
        assertThat(cart(d)).extracting(s -> s.split(" ")[1]).containsExactly("margherita");
        Dialogue e = Dialogue.after(Tenants.reference(), "a large meat lovers and a large margherita", "take off the zorblax one");
        assertThat(cart(e)).hasSize(2);
    }

    @Test
    @DisplayName("pickup, staff and names as people say them")
    void pickupStaffNames() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a large pepperoni pie", "that's all", "yes", "put me down as Dana", "I'm picking it up");
        assertThat(d.state.order().customerName()).isEqualTo("Dana");
        assertThat(d.state.order().fulfillment()).isEqualTo(Fulfillment.pickup());
        Dialogue e = Dialogue.after(Tenants.reference(), "hi is Tony around? I gotta talk to him");
        assertThat(e.state.outcome()).isEqualTo(Outcome.TRANSFERRED);
    }

    @Test
    @DisplayName("a count of several naming no item is shared out by the counts after it, a share naming its own item")
    void looseShareOut() {
        Dialogue d = Dialogue.after(Tenants.reference(), "lemme do two larges, one with spinach and ricotta and one margherita");
        assertThat(d.state.order().lines()).extracting(l -> l.item().itemId() + " " + l.item().size() + " " + l.item().options().get("toppings"))
                .containsExactlyInAnyOrder("cheese large [{id=spinach, placement=whole}, {id=ricotta, placement=whole}]", "margherita large []");
        Dialogue e = Dialogue.after(Tenants.reference(), "three smalls, two pepperoni and one plain");
        assertThat(cart(e)).containsExactlyInAnyOrder("2 cheese small", "1 cheese small");
    }

    @Test
    @DisplayName("'a large, not a small': the contrasted size is taken out, whatever its order")
    void contrastNot() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a small sausage pie", "no make that a large not a small");
        assertThat(cart(d)).containsExactly("1 cheese large");
    }

    @Test
    @DisplayName("a size said by its inches in words, and a choice with 's after it ('sprite's fine')")
    void inchesInWordsAndContractions() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a sixteen inch mushroom pie and a two liter", "uh sprite's fine");
        assertThat(cart(d)).containsExactlyInAnyOrder("1 cheese large", "1 soda-2l null");
    }

    @Test
    @DisplayName("'what all comes on the ...' is a question, not an order")
    void whatAllComesOn() {
        Dialogue d = Dialogue.after(Tenants.reference(), "what all comes on the meat lovers");
        assertThat(cart(d)).isEmpty();
        assertThat(lastReply(d)).containsIgnoringCase("pepperoni");
    }

    @Test
    @DisplayName("a change names its line by a detail the line has ('the sausage one', 'the sausage pie'), never the newest line")
    void changeNamesItsLine() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a small sausage pie and a small onion pie", "actually make the sausage one a large");
        assertThat(d.state.order().lines()).extracting(l -> l.item().size() + " " + l.item().options().get("toppings"))
                .containsExactlyInAnyOrder("large [{id=sausage, placement=whole}]", "small [{id=onions, placement=whole}]");
        Dialogue e = Dialogue.after(Tenants.reference(), "a small sausage pie and a small onion pie", "can you make the sausage pie a large");
        assertThat(e.state.order().lines()).extracting(l -> l.item().size() + " " + l.item().options().get("toppings"))
                .containsExactlyInAnyOrder("large [{id=sausage, placement=whole}]", "small [{id=onions, placement=whole}]");
    }

    private static final Tenant NONNA = Tenants.parse(Path.of("src/test/resources/scenarios/blind-a/nonna-rosa.yaml"));
    private static final Tenant SLICE = Tenants.parse(Path.of("src/test/resources/scenarios/blind-a/brooklyn-slice.yaml"));

    @Test
    @DisplayName("a name that is also a detail of the item just named, with no article between, is that detail")
    void nameAsDetail() {
        Dialogue d = Dialogue.after(NONNA, "gimme the chicken parmigiana dinner with spaghetti please");
        assertThat(d.state.order().lines()).singleElement().satisfies(l -> {
            assertThat(l.item().itemId()).isEqualTo("chicken-parm-dinner");
            assertThat(l.item().options()).containsEntry("side", "spaghetti");
        });
    }

    @Test
    @DisplayName("details the asked item does not take complete another item waiting for them")
    void answerForTheItemWaiting() {
        Dialogue d = Dialogue.after(SLICE, "one stromboli and one garden salad", "uh pepperoni, and blue cheese for the salad");
        assertThat(d.state.order().lines()).extracting(l -> l.item().itemId() + " " + l.item().options())
                .containsExactlyInAnyOrder("garden-salad {dressing=blue-cheese}", "stromboli {filling=pepperoni}");
        assertThat(d.state.waiting()).isEmpty();
    }

    @Test
    @DisplayName("'X instead' swaps the newest line only when it is of X's kind; otherwise X is added and nothing removed")
    void insteadSwapsOnlyItsKind() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a large pepperoni pie and a can of coke", "actually make that a sprite instead");
        assertThat(d.state.order().lines()).extracting(l -> l.item().itemId() + " " + l.item().options().get("flavor"))
                .containsExactlyInAnyOrder("cheese null", "soda-can sprite");
        Dialogue e = Dialogue.after(Tenants.reference(), "a large pepperoni pie", "let's do the zeppole instead");
        assertThat(e.state.order().lines()).extracting(l -> l.item().itemId()).contains("cheese");
    }

    @Test
    @DisplayName("everyday names for what the menu calls otherwise: canadian bacon, bell peppers, xl; not where the menu has its own")
    void everydayNames() {
        Dialogue d = Dialogue.after(LATE_NIGHT, "an xl with canadian bacon and bell peppers");
        assertThat(d.state.order().lines()).singleElement().satisfies(l -> {
            assertThat(l.item().size()).isEqualTo("xl");
            assertThat(l.item().options().get("toppings").toString()).contains("bacon").contains("green-peppers");
        });
    }

    @Test
    @DisplayName("a bare 'please' to 'shall I place the order?' is a yes")
    void pleaseIsAYes() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a large pepperoni pie", "that's all", "yes", "Dana", "pickup", "please");
        assertThat(d.state.outcome()).isEqualTo(Outcome.PLACED);
    }

    @Test
    @DisplayName("'the same thing but ...' is the last line again with the change said; a crust named without 'crust' is heard with it")
    void sameAgainBut() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a small sausage pie", "same thing but with onions");
        assertThat(d.state.order().lines()).extracting(l -> l.item().size() + " " + l.item().options().get("toppings"))
                .containsExactly("small [{id=sausage, placement=whole}]", "small [{id=sausage, placement=whole}, {id=onions, placement=whole}]");
        assertThat(lastReply(d)).doesNotContain("didn't catch");
    }

    @Test
    @DisplayName("'another' opens a line, 'the other' is a share of one, a share needs no 'and' before it")
    void anotherAndTheOther() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a small pie with sausage and another small pie with onions");
        assertThat(d.state.order().lines()).extracting(l -> l.item().size() + " " + l.item().options().get("toppings"))
                .containsExactlyInAnyOrder("small [{id=sausage, placement=whole}]", "small [{id=onions, placement=whole}]");
        Dialogue e = Dialogue.after(Tenants.reference(), "two large pies one with spinach the other with bacon");
        assertThat(e.state.order().lines()).extracting(l -> l.item().size() + " " + l.item().options().get("toppings"))
                .containsExactlyInAnyOrder("large [{id=spinach, placement=whole}]", "large [{id=bacon, placement=whole}]");
        Dialogue f = Dialogue.after(Tenants.reference(), "a small sausage pie and another one with onions");
        assertThat(f.state.order().lines()).extracting(l -> l.item().size() + " " + l.item().options().get("toppings"))
                .containsExactlyInAnyOrder("small [{id=sausage, placement=whole}]", "small [{id=onions, placement=whole}]");
    }

    @Test
    @DisplayName("a bare 'what?' or 'sorry?' asks for our last line again; said inside a question it does not")
    void bareWhat() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a large pepperoni pie");
        String last = lastReply(d);
        d.say("wait, what?");
        assertThat(lastReply(d)).isEqualTo(last);
        d.say("what toppings do you have");
        assertThat(lastReply(d)).isNotEqualTo(last);
    }

    @Test
    @DisplayName("'actually no olives' adds a wish and takes nothing back; 'can the pie be a large' and 'make both large' change lines")
    void repairsAndChanges() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a large veggie pie, add ricotta, and actually no olives on that");
        assertThat(d.state.order().lines()).singleElement().satisfies(l -> {
            assertThat(l.item().options().get("toppings").toString()).contains("ricotta");
            assertThat(l.item().options().get("removed").toString()).contains("olives");
        });
        Dialogue e = Dialogue.after(Tenants.reference(), "a small sausage pie and a can of coke", "hold on, can the pie be a large");
        assertThat(cart(e)).containsExactlyInAnyOrder("1 cheese large", "1 soda-can null");
        Dialogue f = Dialogue.after(Tenants.reference(), "a small sausage pie and a small onion pie", "you know what, make both of those large");
        assertThat(cart(f)).containsExactly("1 cheese large", "1 cheese large");
    }

    @Test
    @DisplayName("'no more, thanks' is done and removes nothing; an answer shared out by counts makes a line of each")
    void noMoreAndSharedAnswer() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a large pepperoni pie", "no more, thanks");
        assertThat(cart(d)).containsExactly("1 cheese large");
        assertThat(d.conversation.phase(d.state)).isEqualTo("confirm_order");
        Dialogue e = Dialogue.after(Tenants.reference(), "two two liters", "one coke and one sprite");
        assertThat(e.state.order().lines()).extracting(l -> l.quantity() + " " + l.item().options().get("flavor"))
                .containsExactlyInAnyOrder("1 coke", "1 sprite");
    }

    @Test
    @DisplayName("'never mind the olives' takes the olives off the pie that has them; said of a pie without them, removes nothing")
    void neverMindADetail() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a large pepperoni pie with olives and a can of coke", "never mind the olives");
        assertThat(d.state.order().lines()).hasSize(2).anySatisfy(l -> assertThat(l.item().options().get("toppings").toString())
                .contains("pepperoni").doesNotContain("olives"));
        Dialogue e = Dialogue.after(Tenants.reference(), "a large cheese pie", "never mind the olives");
        assertThat(cart(e)).containsExactly("1 cheese large");
    }

    @Test
    @DisplayName("'both with ranch' after a share-out is said of every share; a choice named by a word that is a filler elsewhere")
    void bothAfterSharesAndChoiceWords() {
        Dialogue d = Dialogue.after(Tenants.reference(), "two orders of six wings, one hot and one mild, and both with ranch");
        assertThat(d.state.order().lines()).hasSize(2).allSatisfy(l -> assertThat(l.item().options()).containsEntry("dip", "ranch"));
        Dialogue e = Dialogue.after(Tenants.reference(), "and a two liter", "uh the diet one");
        assertThat(d.state.order().lines()).isNotEmpty();
        assertThat(e.state.order().lines()).singleElement().satisfies(l -> assertThat(l.item().options()).containsEntry("flavor", "diet-coke"));
        Dialogue f = Dialogue.after(Tenants.reference(), "three large pies, two of em with sausage");
        assertThat(f.state.order().lines()).extracting(l -> l.quantity() + " " + l.item().options().get("toppings"))
                .containsExactlyInAnyOrder("2 [{id=sausage, placement=whole}]", "1 []");
    }

    @Test
    @DisplayName("'can you do that pizza on thin crust' changes the pie; 'you nailed it' confirms")
    void doThatPizzaOn() {
        Dialogue d = Dialogue.after(Tenants.reference(), "a large sausage pie and a can of coke", "oh and can you do that pizza on thin crust");
        assertThat(d.state.order().lines()).hasSize(2).anySatisfy(l -> assertThat(l.item().options()).containsEntry("crust", "thin"));
        d.say("that's all");
        d.say("you nailed it");
        assertThat(d.state.order().cartConfirmed()).isTrue();
    }

    @Test
    @DisplayName("halves said in several breaths keep their sides: 'on the left side sausage and onions, right side just cheese'")
    void halvesAcrossBreaths() {
        Dialogue d = Dialogue.after(Tenants.reference(), "I want a large, and on the left side sausage and onions, right side just cheese");
        assertThat(d.state.order().lines()).singleElement().satisfies(l -> assertThat(l.item().options().get("toppings"))
                .isEqualTo(List.of(Map.of("id", "sausage", "placement", "left"), Map.of("id", "onions", "placement", "left"))));
    }

    @Test
    @DisplayName("sauces by their colour where the menu names them otherwise: 'penne with red sauce' is marinara")
    void sauceByColour() {
        Dialogue d = Dialogue.after(NONNA, "a penne with red sauce");
        assertThat(d.state.order().lines()).singleElement().satisfies(l -> assertThat(l.item().options()).containsEntry("sauce", "marinara"));
    }
}
