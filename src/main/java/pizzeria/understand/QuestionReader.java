package pizzeria.understand;

import java.util.List;
import java.util.Optional;
import pizzeria.menu.ItemRequest;
import pizzeria.order.Question;
import pizzeria.order.Question.Topic;

/** Recognises a question and what it is about; the answer comes from the tenant's data, elsewhere. */
final class QuestionReader {
    private static final Phrases ORDER_SO_FAR = Phrases.of("what do i have", "what's in my order",
            "what did i order", "read that back", "read it back", "what's my order");
    private static final Phrases MENU = Phrases.of("what do you have", "what's on the menu", "what is on the menu",
            "what kind of", "what kinds of", "what are your specials", "any specials", "what comes in");
    private static final Phrases INGREDIENTS = Phrases.of("what's on", "what is on", "what comes on", "what's in",
            "what is in", "what comes with", "what's on the", "ingredients", "what toppings");
    private static final Phrases PRICE = Phrases.of("how much", "what does", "what's the price", "price of",
            "what is the price", "cost");
    private static final Phrases DELIVERY = Phrases.of("do you deliver", "you guys deliver", "delivery fee",
            "delivery area", "deliver to", "is there delivery", "how much is delivery", "minimum for delivery");
    private static final Phrases HOURS = Phrases.of("your hours", "what time", "when do you close",
            "when do you open", "are you open", "open until", "how late", "what are the hours", "closing time");
    private static final Phrases AVAILABILITY = Phrases.of("do you have", "do you guys have", "do you sell",
            "do you make", "do you carry", "do you do", "is there", "are there", "do you got", "have any", "you have");

    private final MentionReader reader;

    QuestionReader(MentionReader reader) {
        this.reader = reader;
    }

    Optional<Question> read(List<Token> tokens) {
        if (ORDER_SO_FAR.in(tokens)) return Optional.of(new Question(Topic.ORDER_SO_FAR, null, ""));
        if (DELIVERY.in(tokens)) return Optional.of(new Question(Topic.DELIVERY, null, ""));
        if (HOURS.in(tokens)) return Optional.of(new Question(Topic.HOURS, null, ""));
        if (MENU.in(tokens) && about(MENU, tokens).isEmpty()) return Optional.of(new Question(Topic.MENU, null, ""));
        for (var kind : List.of(new Object[]{INGREDIENTS, Topic.INGREDIENTS}, new Object[]{PRICE, Topic.PRICE},
                new Object[]{AVAILABILITY, Topic.AVAILABILITY}, new Object[]{MENU, Topic.MENU})) {
            Phrases p = (Phrases) kind[0];
            if (!p.in(tokens)) continue;
            List<Token> subject = about(p, tokens);
            Reading r = reader.read(subject);
            ItemRequest item = r.mentions().isEmpty() ? null : r.mentions().get(0).request();
            return Optional.of(new Question((Topic) kind[1], item, words(subject)));
        }
        return Optional.empty();
    }

    /** The words after the question phrase: what the question is about. */
    private static List<Token> about(Phrases p, List<Token> tokens) {
        int at = p.firstAt(tokens);
        List<Token> rest = p.withoutLeading(tokens.subList(at, tokens.size()));
        return rest.stream().filter(t -> !t.isBoundary()).toList();
    }

    private static String words(List<Token> subject) {
        return String.join(" ", subject.stream().map(Token::text)
                .filter(w -> !List.of("a", "an", "the", "any", "some", "guys").contains(w)).toList());
    }
}
