package pizzeria.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.order.OrderStatus;
import pizzeria.testing.Tenants;

/** The conversation as a pure function: the cases the scenario tests reach only end to end, or not at all. */
@DisplayName("The conversation")
class ConversationTest {
    private static final List<String> UP_TO_PLACING = List.of("can I get a large pepperoni pie", "no that's all", "yes",
            "Mike", "pickup");

    private static Dialogue placing() {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        UP_TO_PLACING.forEach(d::say);
        return d;
    }

    @Test
    @DisplayName("greets with the tenant's fixed sentences and asks for the menu")
    void greets() {
        Dialogue d = new Dialogue(Tenants.reference());
        Step greeting = d.open();
        assertThat(greeting.reply().now()).isNotEmpty().allMatch(Sentence::fixed);
        assertThat(greeting.reply().expecting()).isEqualTo(Expecting.MENU);
        assertThat(greeting.effects()).isEmpty();
        assertThat(greeting.state().ended()).isFalse();
    }

    @Test
    @DisplayName("outside opening hours says it is closed and ends the call, with its record written")
    void closed() {
        Dialogue d = new Dialogue(Tenants.reference(), ZonedDateTime.parse("2026-11-24T23:45:00-05:00[America/New_York]"));
        Step closed = d.open();
        assertThat(closed.reply().text()).contains("closed");
        assertThat(closed.state().outcome()).isEqualTo(Outcome.CLOSED);
        assertThat(closed.effects()).containsExactly(new Effect.SaveRecord(), new Effect.EndCall());
    }

    @Test
    @DisplayName("announces a placed order only in a part held for the commit, and asks for the commit")
    void placingHoldsTheConfirmation() {
        Dialogue d = placing();
        Step place = d.say("yes go ahead");
        assertThat(place.reply().now()).containsExactly(Sentence.of(Line.ONE_MOMENT));
        assertThat(place.reply().onceStored()).isNotEmpty();
        assertThat(place.reply().onceStored().get(0).text()).startsWith("Your order is in");
        assertThat(place.effects()).singleElement().isInstanceOf(Effect.PlaceOrder.class);
        assertThat(((Effect.PlaceOrder) place.effects().get(0)).order().order().status()).isEqualTo(OrderStatus.PLACED);
        assertThat(place.state().ended()).isTrue();

        Step stored = d.on(new CallEvent.OrderStored());
        assertThat(stored.reply()).isNull();
        assertThat(stored.effects()).containsExactly(new Effect.SaveRecord());
        assertThat(stored.state().outcome()).isEqualTo(Outcome.PLACED);
    }

    @Test
    @DisplayName("when the order cannot be stored, forgets the unheard confirmation, reopens the cart and hands over")
    void storeFailure() {
        Dialogue d = placing();
        d.say("yes go ahead");
        Step failed = d.on(new CallEvent.OrderFailed());
        assertThat(Dialogue.texts(failed)).containsExactly(Line.ORDER_NOT_STORED.text(), Line.CONNECTING_AFTER_FAILURE.text());
        assertThat(failed.state().order().status()).isEqualTo(OrderStatus.OPEN);
        assertThat(failed.state().order().lines()).hasSize(1);
        assertThat(failed.state().outcome()).isEqualTo(Outcome.TRANSFERRED);
        assertThat(failed.effects()).contains(new Effect.SaveRecord(), new Effect.Transfer("+12015550199"));
        assertThat(failed.state().transcript()).extracting(TranscriptLine::text).noneMatch(t -> t.contains("Your order is in"));
    }

    @Test
    @DisplayName("hands the call to staff, cart kept, after three turns in a row with nothing understood")
    void misunderstoodThrice() {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        d.say("a large pepperoni pie");
        assertThat(Dialogue.texts(d.say("blorp fizzle"))).contains(Line.DID_NOT_CATCH.text());
        d.say("wibble wobble");
        Step third = d.say("zzz qqq");
        assertThat(third.state().outcome()).isEqualTo(Outcome.TRANSFERRED);
        assertThat(third.effects()).contains(new Effect.Transfer("+12015550199"));
        assertThat(third.state().order().lines()).hasSize(1);
    }

    @Test
    @DisplayName("asks twice whether a silent caller is still there, then says goodbye and hangs up, cart kept")
    void silence() {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        d.say("a large cheese pie");
        assertThat(Dialogue.texts(d.on(new CallEvent.Silence(1)))).containsExactly(Line.STILL_THERE.text());
        assertThat(Dialogue.texts(d.on(new CallEvent.Silence(2)))).containsExactly(Line.STILL_THERE.text());
        Step bye = d.on(new CallEvent.Silence(3));
        assertThat(Dialogue.texts(bye)).containsExactly(Line.LETTING_GO.text(), Line.CALL_BACK.text());
        assertThat(bye.effects()).containsExactly(new Effect.SaveRecord(), new Effect.EndCall());
        assertThat(bye.state().outcome()).isEqualTo(Outcome.HUNG_UP);
        assertThat(bye.state().order().status()).isEqualTo(OrderStatus.OPEN);
        assertThat(bye.state().order().lines()).hasSize(1);
    }

    @Test
    @DisplayName("says the last reply again when asked, word for word")
    void repeat() {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        Step added = d.say("a large pepperoni pie");
        Step again = d.say("can you repeat that");
        assertThat(again.reply().sentences()).isEqualTo(added.reply().sentences());
        assertThat(again.state().order()).isEqualTo(added.state().order());
    }

    @Test
    @DisplayName("ignores the caller's words once the call has ended")
    void endedIgnoresWords() {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        d.on(new CallEvent.HungUp());
        CallState before = d.state;
        Step late = d.say("a large pepperoni pie");
        assertThat(late.reply()).isNull();
        assertThat(late.effects()).isEmpty();
        assertThat(late.state()).isEqualTo(before);
    }

    @Test
    @DisplayName("keeps only what the caller heard of a reply they cut off, and records timings on the agent's line")
    void cutOffAndTimed() {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        d.say("a large pepperoni pie");
        d.on(new CallEvent.CutOff("Got it, a large pepperoni pie."));
        Step timed = d.on(new CallEvent.Timed(java.util.Map.of("totalMs", 412.0)));
        TranscriptLine last = timed.state().transcript().get(timed.state().transcript().size() - 1);
        assertThat(last.speaker()).isEqualTo(Party.AGENT);
        assertThat(last.text()).isEqualTo("Got it, a large pepperoni pie.");
        assertThat(last.interrupted()).isTrue();
        assertThat(last.latency()).containsEntry("totalMs", 412.0);
        assertThat(timed.effects()).as("a call in progress is written when it ends").isEmpty();
    }

    @Test
    @DisplayName("is a function: the same state and event give the same step, and the state given is not changed")
    void pure() {
        Dialogue d = placing();
        CallState before = d.state;
        var understanding = new pizzeria.understand.LocalUnderstander(Tenants.reference().menu())
                .understand("yes go ahead", d.conversation.context(before)).toCompletableFuture().join();
        CallEvent yes = new CallEvent.Heard("yes go ahead", java.time.Instant.EPOCH, understanding);
        Step first = d.conversation.next(before, yes, java.time.Instant.EPOCH);
        Step second = d.conversation.next(before, yes, java.time.Instant.EPOCH);
        assertThat(second).isEqualTo(first);
        assertThat(d.state).isEqualTo(before);
        assertThat(before.ended()).isFalse();
    }

    @Test
    @DisplayName("expects an address while fulfilment may be set, a yes or no at the read-back, a name when asking for it")
    void expecting() {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        assertThat(d.say("can I get a large pepperoni pie").reply().expecting()).isEqualTo(Expecting.MENU);
        assertThat(d.say("no that's all").reply().expecting()).isEqualTo(Expecting.YES_NO);
        assertThat(d.say("yes").reply().expecting()).isEqualTo(Expecting.NAME);
        assertThat(d.say("Mike").reply().expecting()).isEqualTo(Expecting.ADDRESS);
        // The final read-back still takes a change to delivery, so street words stay favoured there.
        assertThat(d.say("pickup").reply().expecting()).isEqualTo(Expecting.ADDRESS);
    }

    @Test
    @DisplayName("asks the size of every item said without one, one after the other, and drops none")
    void severalSizesAsked() {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        Step first = d.say("a pepperoni pie and a sausage pie");
        assertThat(first.state().order().lines()).isEmpty();
        assertThat(first.reply().text()).contains("What size");
        Step second = d.say("large");
        assertThat(second.state().order().lines()).hasSize(1);
        assertThat(second.reply().text()).contains("What size");
        Step third = d.say("small");
        assertThat(third.state().order().lines()).extracting(l -> l.item().size()).containsExactly("large", "small");
        assertThat(third.state().waiting()).isEmpty();
    }

    @Test
    @DisplayName("tells the caller which words it did not catch beside what it understood, instead of dropping them in silence")
    void saysWhatItDidNotCatch() {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        Step step = d.say("a large pepperoni pie with black beans");
        assertThat(step.reply().text()).startsWith("Got it, a large pepperoni pie.")
                .contains("I didn't catch the part about \"black beans\".");
        Step clean = d.say("and a can of coke");
        assertThat(clean.reply().text()).doesNotContain("didn't catch");
    }

    @Test
    @DisplayName("a line held back for a word not understood: says what it added, asks about the rest, adds no guess")
    void heldBackLineIsAskedAbout() {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        Step step = d.say("two large hamburger pies and a can of coke");
        assertThat(step.reply().text()).contains("Got it").contains("Coke")
                .contains("I didn't catch \"hamburger\" in the Cheese Pizza. Could you say that again?");
        assertThat(step.state().order().lines()).singleElement()
                .satisfies(l -> assertThat(l.item().itemId()).isEqualTo("soda-can"));
        assertThat(step.reply().expecting()).isEqualTo(Expecting.MENU);
    }

    @Test
    @DisplayName("no loops: the second turn without progress spells out the choices, the third goes to staff with the cart")
    void noLoops() {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        assertThat(d.say("that's it").reply().text()).contains("You haven't ordered anything yet");
        Step second = d.say("that's it");
        assertThat(second.reply().text()).contains("You can say an item from the menu by name");
        assertThat(d.say("that's it").state().outcome()).isEqualTo(Outcome.TRANSFERRED);

        Dialogue confirming = new Dialogue(Tenants.reference());
        confirming.open();
        confirming.say("a large pepperoni pie");
        confirming.say("that's all");
        confirming.say("a cheeseburger");
        assertThat(Dialogue.texts(confirming.say("a cheeseburger"))).contains(Line.CHOOSE_YES_NO_ORDER.text());
        Step third = confirming.say("a cheeseburger");
        assertThat(third.state().outcome()).isEqualTo(Outcome.TRANSFERRED);
        assertThat(third.state().order().lines()).hasSize(1);
    }

    @Test
    @DisplayName("questions are progress: a caller may ask several in a row without being handed over")
    void questionsAreProgress() {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        for (String q : List.of("what toppings do you have", "how much is a large pie", "are you open late", "do you deliver")) {
            assertThat(d.say(q).state().ended()).isFalse();
        }
    }

    @Test
    @DisplayName("which of a kind there are, from the tenant's data, never the caller's words said back as a dish")
    void kindsQuestions() {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        String toppings = d.say("what toppings do you have").reply().text();
        assertThat(toppings).contains("Our toppings are").contains("pepperoni").doesNotContain("don't have");
        assertThat(d.say("what kinds of pizza do you guys have").reply().text()).contains("Margherita").doesNotContain("Yes, we have the");
        assertThat(d.say("do you have a cheeseburger").reply().text()).contains("Sorry, we don't have cheeseburger");
        assertThat(d.say("is there anything you have").reply().text()).doesNotContain("don't have anything you have");
    }

    @Test
    @DisplayName("whether an item is spicy or vegan, as far as the menu's tags say; the hours of a given day")
    void tagsAndDays() {
        Dialogue d = new Dialogue(Tenants.parse(java.nio.file.Path.of("src/test/resources/scenarios/tenants/green-crust.yaml")));
        d.open();
        assertThat(d.say("is the cheesecake vegan?").reply().text()).contains("Yes, the Cashew Cheesecake is vegan.");
        assertThat(d.say("are the buffalo bites spicy").reply().text()).contains("Yes, the Buffalo Cauliflower Bites is spicy.");
        assertThat(d.say("is the herbivore spicy?").reply().text()).contains("No, the Herbivore isn't spicy.");
        assertThat(d.state.order().lines()).as("a question orders nothing").isEmpty();
        Dialogue reference = new Dialogue(Tenants.reference());
        reference.open();
        assertThat(reference.say("is the margherita spicy").reply().text()).contains("Our menu doesn't say whether the Margherita is spicy.");
        assertThat(reference.say("are you open on sunday?").reply().text()).startsWith("On Sunday we're open");
    }

    @Test
    @DisplayName("the delivery area: the zip codes served, and whether a zip asked about is one of them")
    void deliveryArea() {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        assertThat(d.say("do you deliver?").reply().text()).contains("Yes, we deliver to 0 7 0 3 0").contains("minimum order");
        assertThat(d.say("do you deliver to 07030").reply().text()).contains("Yes, we deliver there.");
        assertThat(d.say("do you deliver to 10001").reply().text()).contains("Sorry, we don't deliver to 1 0 0 0 1");
    }

    @Test
    @DisplayName("a size question names the pie it is about, as the caller said it, one after the other")
    void sizeQuestionNamesThePie() {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        assertThat(d.say("a pepperoni pie and a sausage pie").reply().text()).contains("What size would you like the pepperoni pie:");
        assertThat(d.say("large").reply().text()).contains("What size would you like the sausage pie:");
    }

    @Test
    @DisplayName("no self-contradiction: a two-word size is heard whole, and 'another sprite' is one more soda, not a pie")
    void twoWordSizesAndAnother() {
        Dialogue late = new Dialogue(Tenants.parse(java.nio.file.Path.of("src/test/resources/scenarios/tenants/late-night.yaml")),
                java.time.ZonedDateTime.parse("2026-11-25T22:30:00-05:00[America/New_York]"));
        late.open();
        Step xl = late.say("an extra large pepperoni pizza");
        assertThat(xl.reply().text()).doesNotContain("What size");
        assertThat(xl.state().order().lines()).singleElement().satisfies(l -> assertThat(l.item().size()).isEqualTo("xl"));

        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        d.say("a large pepperoni pie and a can of sprite");
        Step another = d.say("another sprite");
        assertThat(another.state().order().lines()).extracting(l -> l.item().itemId() + " x" + l.quantity())
                .containsExactly("cheese x1", "soda-can x2");
    }
}
