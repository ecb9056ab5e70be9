package pizzeria.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.menu.ItemRequest;
import pizzeria.order.LineTarget;
import pizzeria.order.Order;
import pizzeria.order.OrderDesk;
import pizzeria.order.Question;
import pizzeria.order.ToolCall;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;

class LocalUnderstanderTest {
    private final Tenant tenant = Tenants.reference();
    private final LocalUnderstander local = new LocalUnderstander(tenant.menu());

    private Understanding hear(String text) {
        return hear(text, Order.open("o", tenant.id(), "+1"));
    }

    private Understanding hear(String text, Order order) {
        return local.read(text, new TurnContext(tenant.phases().decide(order), order, null, ""));
    }

    /** A first turn read against one of the blind corpus's menus. */
    private static Understanding hearAt(String menuFile, String text) {
        Tenant other = Tenants.parse(java.nio.file.Path.of("src/test/resources/corpus/blind", menuFile));
        Order empty = Order.open("o", other.id(), "+1");
        return new LocalUnderstander(other.menu()).read(text, new TurnContext(other.phases().decide(empty), empty, null, ""));
    }

    private static ItemRequest added(Understanding u, int i) {
        return ((ToolCall.AddItem) u.calls().get(i)).request();
    }

    @Test
    @DisplayName("tolerates fillers and the near-miss spellings a recogniser makes")
    void nearMisses() {
        Understanding u = hear("um, lemme get uh two large peperoni pies and a dozen zeppoli");
        assertThat(u.calls()).hasSize(2);
        assertThat(added(u, 0)).isEqualTo(new ItemRequest("cheese", "large", 2,
                Map.of("toppings", List.of(Map.of("id", "pepperoni", "placement", "whole")))));
        assertThat(added(u, 1)).isEqualTo(new ItemRequest("zeppole", "12", null, Map.of()));
    }

    @Test
    @DisplayName("'can' as a verb is not a can of soda; 'a can of Coke' is")
    void canOfSoda() {
        assertThat(hear("can I get a calzone").calls()).extracting(c -> ((ToolCall.AddItem) c).request().itemId()).containsExactly("calzone");
        assertThat(added(hear("and a can of Coke"), 0)).isEqualTo(new ItemRequest("soda-can", null, null, Map.of("flavor", "coke")));
    }

    @Test
    @DisplayName("an item named only by its option ('cheese fries'); a flavour or a count that fits several items is asked about")
    void impliedItems() {
        assertThat(added(hear("an order of cheese fries"), 0)).isEqualTo(new ItemRequest("fries", null, null, Map.of("style", "cheese")));
        Understanding coke = hear("a diet coke");
        assertThat(coke.calls()).as("a flavour that comes in a can and a bottle is asked about, not guessed").isEmpty();
        assertThat(coke.heldBack()).singleElement().satisfies(h -> assertThat(h.choices()).contains("soda-can"));
        Understanding wings = hearAt("wings-and-subs.yaml", "a twelve piece hot and a root beer");
        assertThat(wings.heldBack()).as("wings or boneless wings").anySatisfy(h -> assertThat(h.choices()).hasSizeGreaterThan(1));
    }

    @Test
    @DisplayName("removals and changes point at lines already ordered")
    void removeAndChange() {
        OrderDesk desk = new OrderDesk(tenant.menu(), tenant.priceRules());
        Order order = Order.open("o", tenant.id(), "+1");
        for (ToolCall c : hear("a large mushroom pie and a dozen garlic knots").calls()) {
            order = desk.apply(order, c, tenant.phases().decide(order).allowed()).order();
        }
        assertThat(hear("actually take off the knots", order).calls()).containsExactly(
                new ToolCall.RemoveItem(LineTarget.like(new ItemRequest("garlic-knots", null, null, Map.of()))));
        ToolCall change = hear("make that a small instead", order).calls().get(0);
        assertThat(((ToolCall.ChangeItem) change).change().size()).isEqualTo("small");
        assertThat(((ToolCall.ChangeItem) hear("make it three", order).calls().get(0)).change().quantity()).isEqualTo(3);
    }

    @Test
    @DisplayName("off-menu requests are reported, not guessed")
    void offMenu() {
        Understanding u = hear("can I get a cheeseburger");
        assertThat(u.calls()).isEmpty();
        assertThat(u.notOnMenu()).containsExactly("cheeseburger");
    }

    @Test
    @DisplayName("questions, transfers and cancellations are read before anything else")
    void intents() {
        assertThat(hear("do you have gluten free crust?").calls().get(0)).isInstanceOfSatisfying(ToolCall.AnswerQuestion.class,
                q -> assertThat(q.question().topic()).isEqualTo(Question.Topic.AVAILABILITY));
        assertThat(hear("what time do you close").calls().get(0)).isInstanceOfSatisfying(ToolCall.AnswerQuestion.class,
                q -> assertThat(q.question().topic()).isEqualTo(Question.Topic.HOURS));
        assertThat(hear("actually can I talk to a real person").calls()).containsExactly(new ToolCall.TransferToStaff("the caller asked for a person"));
        assertThat(hear("never mind, cancel the order").calls()).containsExactly(new ToolCall.CancelOrder());
    }

    private static Object removed(Understanding u, int i) {
        return added(u, i).options().get("removed");
    }

    private static Object toppingIds(Understanding u, int i) {
        Object t = added(u, i).options().get("toppings");
        return t == null ? List.of() : ((List<?>) t).stream().map(x -> ((Map<?, ?>) x).get("id")).toList();
    }

    @Test
    @DisplayName("hears the many ways of not wanting a topping: hold, avoid, leave off, don't want, except")
    void negationWords() {
        for (String said : List.of("a large pepperoni pie but hold the mushrooms", "a large pepperoni pie but avoid mushrooms",
                "a large pepperoni pie and leave off the mushrooms", "a large pepperoni pie i don't want mushrooms",
                "a large pepperoni pie do not add mushrooms", "a large pepperoni pie hold mushrooms")) {
            Understanding u = hear(said);
            assertThat(toppingIds(u, 0)).as(said).isEqualTo(List.of("pepperoni"));
        }
    }

    @Test
    @DisplayName("a 'no' lasts until the caller wants something again: 'without mushrooms but with sausage'")
    void negationScope() {
        Understanding u = hear("a large pie without mushrooms and with sausage and pepperoni");
        assertThat(toppingIds(u, 0)).isEqualTo(List.of("sausage", "pepperoni"));
        Understanding plus = hear("a large pie no mushrooms plus sausage");
        assertThat(toppingIds(plus, 0)).isEqualTo(List.of("sausage"));
    }

    @Test
    @DisplayName("'no thin crust' or 'not thin crust' does not choose the thin crust")
    void negatedCrust() {
        assertThat(added(hear("a large cheese pie not thin crust"), 0).options()).doesNotContainKey("crust");
        assertThat(added(hear("a large cheese pie no thin crust"), 0).options()).doesNotContainKey("crust");
        assertThat(added(hear("a large cheese pie thin crust"), 0).options()).containsEntry("crust", "thin");
    }

    @Test
    @DisplayName("a quantity or an article opens a new line: what comes before it finishes the line before")
    void openersStartLines() {
        Understanding u = hear("one large pie with pepperoni and mushrooms one small pie with sausage");
        assertThat(u.calls()).hasSize(2);
        assertThat(toppingIds(u, 0)).isEqualTo(List.of("pepperoni", "mushrooms"));
        assertThat(added(u, 1).size()).isEqualTo("small");
        assertThat(toppingIds(u, 1)).isEqualTo(List.of("sausage"));
        Understanding two = hear("two small pepperoni pizzas one large pizza with sausage");
        assertThat(two.calls()).hasSize(2);
        assertThat(added(two, 0).quantity()).isEqualTo(2);
        assertThat(added(two, 1).size()).isEqualTo("large");
    }

    @Test
    @DisplayName("the details of one pie said in two breaths stay one pie: 'a large with pepperoni and mushrooms'")
    void oneUnnamedPie() {
        Understanding u = hear("a large with pepperoni and mushrooms but no onions");
        assertThat(u.calls()).hasSize(1);
        assertThat(toppingIds(u, 0)).isEqualTo(List.of("pepperoni", "mushrooms"));
        Understanding again = hear("a large pie with pepperoni and mushroom pizza");
        assertThat(again.calls()).as("'pizza' again, with no quantity or article, is the same pie").hasSize(1);
    }

    @Test
    @DisplayName("hears how much of a topping: extra, double, a lot of; light, easy on, a little")
    void amountsHeard() {
        Understanding u = hear("a large pie with extra mushrooms and easy on the onions");
        assertThat(added(u, 0).options().get("toppings")).isEqualTo(List.of(
                Map.of("id", "mushrooms", "placement", "whole", "amount", "extra"),
                Map.of("id", "onions", "placement", "whole", "amount", "light")));
        Understanding d = hear("a small pie with double pepperoni and a little sausage");
        assertThat(added(d, 0).options().get("toppings")).isEqualTo(List.of(
                Map.of("id", "pepperoni", "placement", "whole", "amount", "extra"),
                Map.of("id", "sausage", "placement", "whole", "amount", "light")));
    }

    @Test
    @DisplayName("the words people carry an order in are accounted for; a word that could change the order is not")
    void carrierWords() {
        assertThat(hear("i'd like to try a large pepperoni pie tonight please").complete()).isTrue();
        assertThat(hear("i wish to place an order for a small cheese pie").complete()).isTrue();
        assertThat(hear("i'll go for a large pie with pepperoni only").complete()).isTrue();
        assertThat(hear("a large pie with pepperoni and black beans").complete()).as("'black beans' is not on this menu").isFalse();
    }

    @Test
    @DisplayName("details said without an item go to the item that takes every one of them: 'a large' and a drink's flavour make a drink")
    void detailsGoWhereTheyAllFit() {
        Understanding u = hearAt("taqueria.yaml", "chips and guac and a large sprite");
        assertThat(u.calls()).extracting(c -> ((ToolCall.AddItem) c).request().itemId()).containsExactly("chips-guac", "fountain-soda");
        ItemRequest soda = ((ToolCall.AddItem) u.calls().get(1)).request();
        assertThat(soda.size()).isEqualTo("large");
        assertThat(soda.options()).containsEntry("flavor", "sprite");
        assertThat(((ToolCall.AddItem) u.calls().get(0)).request().size()).as("the chips keep no size they were not given").isNull();
    }

    @Test
    @DisplayName("takes back what the caller corrects in the same breath: 'a large, no wait, a small', 'I mean'")
    void selfRepairs() {
        Understanding size = hear("a large no wait a small pepperoni pie");
        assertThat(size.calls()).hasSize(1);
        assertThat(added(size, 0).size()).isEqualTo("small");
        Understanding topping = hear("a large pie with mushrooms i mean sausage");
        assertThat(toppingIds(topping, 0)).isEqualTo(List.of("sausage"));
        Understanding count = hear("two large cheese pies sorry three");
        assertThat(added(count, 0).quantity()).isEqualTo(3);
        Understanding noNo = hear("a large pie no onions");
        assertThat(toppingIds(noNo, 0)).as("a plain 'no' is not a correction").isEqualTo(List.of());
    }

    @Test
    @DisplayName("a detail said of both goes to both: 'a turkey sub and a tuna sub, both on wheat'")
    void detailOfBoth() {
        Understanding u = hearAt("wings-and-subs.yaml", "a whole turkey sub and a whole tuna sub both on wheat");
        assertThat(u.calls()).hasSize(2);
        assertThat(u.calls()).allSatisfy(c -> assertThat(((ToolCall.AddItem) c).request().options()).containsEntry("bread", "wheat"));
        Understanding one = hearAt("wings-and-subs.yaml", "a whole turkey sub and a whole tuna sub on wheat");
        assertThat(((ToolCall.AddItem) one.calls().get(0)).request().options()).as("without 'both' it is the tuna's").doesNotContainKey("bread");
    }

    @Test
    @DisplayName("'skip the mushrooms' after what is ordered says the pie is without them; alone it takes a line off")
    void removalPhraseInsideAnOrder() {
        Understanding inside = hear("two large pies with pepperoni skip the mushrooms though");
        assertThat(inside.calls()).singleElement().isInstanceOf(ToolCall.AddItem.class);
        assertThat(toppingIds(inside, 0)).isEqualTo(List.of("pepperoni"));
        assertThat(hear("take off the garlic knots").calls()).singleElement().isInstanceOf(ToolCall.RemoveItem.class);
    }

    @Test
    @DisplayName("a bare 'no' before an article or a number corrects the same kind of word: 'a large, no, a medium'")
    void bareNoRepairs() {
        Understanding u = hearAt("wings-and-subs.yaml", "a large, no, a medium pepsi");
        assertThat(u.calls()).hasSize(1);
        assertThat(((ToolCall.AddItem) u.calls().get(0)).request().size()).isEqualTo("medium");
        Understanding answer = hear("no, a large cheese pie");
        assertThat(added(answer, 0).size()).as("a 'no' that corrects nothing is left for the answer").isEqualTo("large");
    }

    @Test
    @DisplayName("precision first: a line with a word inside it that nothing explains is held back and asked about, never guessed")
    void holdsBackALineWithAnUnknownWordInside() {
        Understanding u = hear("two large hamburger pies and a can of coke");
        assertThat(u.calls()).as("the Coke is added").singleElement()
                .satisfies(c -> assertThat(((ToolCall.AddItem) c).request().itemId()).isEqualTo("soda-can"));
        assertThat(u.heldBack()).containsExactly(new HeldBack("hamburger", "cheese"));
        assertThat(u.complete()).as("a model, when there is one, takes the turn").isFalse();
        Understanding after = hear("a large pepperoni pie, and uh frobnicated, and a can of coke");
        assertThat(after.calls()).as("words said on after a line, without opening one, may belong to it").hasSize(1);
        assertThat(after.heldBack()).containsExactly(new HeldBack("frobnicated", "cheese"));
        Understanding around = hear("a large pepperoni pie thanks a bunch buddy");
        assertThat(around.calls()).as("words around a line cannot change it").hasSize(1);
        assertThat(around.heldBack()).isEmpty();
        Understanding parting = hear("a large pepperoni pie, cheers");
        assertThat(parting.calls()).as("a last word on its own is told back, not held").hasSize(1);
        assertThat(parting.unheard()).containsExactly("cheers");
        Understanding removal = hear("take off the large hamburger pie", withALargePie());
        assertThat(removal.calls()).as("a removal in doubt takes nothing off").isEmpty();
    }

    @Test
    @DisplayName("courtesies and a declined kind of item are no order words: 'do me a favor', 'no drinks with this order'")
    void courtesiesAndDeclines() {
        Understanding u = hear("good evening, do me a favor and get me a large pepperoni pie, and no drinks with this order thanks so much");
        assertThat(u.calls()).hasSize(1);
        assertThat(u.heldBack()).isEmpty();
        assertThat(u.unheard()).isEmpty();
    }

    @Test
    @DisplayName("a count shared out: 'two large pies, one with pepperoni and mushrooms and one plain' is two lines")
    void countSharedOut() {
        Understanding u = hear("two large pies, one with pepperoni and mushrooms and one plain");
        assertThat(u.calls()).hasSize(2);
        assertThat(added(u, 0).quantity()).isEqualTo(1);
        assertThat(toppingIds(u, 0)).isEqualTo(List.of("pepperoni", "mushrooms"));
        assertThat(added(u, 1).quantity()).isEqualTo(1);
        assertThat(added(u, 1).size()).isEqualTo("large");
        assertThat(toppingIds(u, 1)).isEqualTo(List.of());
        Understanding other = hear("two small cheese pies and one large sausage pie");
        assertThat(other.calls()).as("a count with a size of its own is a line of its own").hasSize(2);
        assertThat(added(other, 1).size()).isEqualTo("large");
        assertThat(added(other, 0).quantity()).isEqualTo(2);
    }

    private Order withALargePie() {
        Order order = Order.open("o", tenant.id(), "+1");
        return new OrderDesk(tenant.menu(), tenant.priceRules()).apply(order, new ToolCall.AddItem(new ItemRequest("cheese", "large", 1, Map.of())),
                tenant.phases().decide(order).allowed()).order();
    }
}
