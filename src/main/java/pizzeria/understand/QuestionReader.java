package pizzeria.understand;

import java.util.List;
import java.util.Optional;
import pizzeria.menu.ItemRequest;
import pizzeria.order.Question;
import pizzeria.order.Question.Topic;

/** Recognises a question and what it is about from the labelled utterance; the answer comes from the tenant's data. */
final class QuestionReader {
    private final MentionReader reader;

    QuestionReader(MentionReader reader) {
        this.reader = reader;
    }

    Optional<Question> read(Utterance u) {
        if (u.has(Cue.ASK_ORDER_SO_FAR)) return Optional.of(new Question(Topic.ORDER_SO_FAR, null, ""));
        if (u.has(Cue.ASK_DELIVERY)) return Optional.of(new Question(Topic.DELIVERY, null, ""));
        if (u.has(Cue.ASK_HOURS)) return Optional.of(new Question(Topic.HOURS, null, ""));
        if (u.has(Cue.ASK_MENU) && subject(u, Cue.ASK_MENU).isEmpty()) return Optional.of(new Question(Topic.MENU, null, ""));
        for (Cue cue : List.of(Cue.ASK_INGREDIENTS, Cue.ASK_PRICE, Cue.ASK_AVAILABILITY, Cue.ASK_MENU)) {
            if (!u.has(cue)) continue;
            List<Span> subject = subject(u, cue);
            Reading r = reader.read(subject, said -> false);
            ItemRequest item = r.mentions().isEmpty() ? null : r.mentions().get(0).request();
            return Optional.of(new Question(topic(cue), item, words(u, subject)));
        }
        return Optional.empty();
    }

    private static Topic topic(Cue cue) {
        return switch (cue) {
            case ASK_INGREDIENTS -> Topic.INGREDIENTS;
            case ASK_PRICE -> Topic.PRICE;
            case ASK_AVAILABILITY -> Topic.AVAILABILITY;
            default -> Topic.MENU;
        };
    }

    /** The spans after the question's phrase, boundaries and carrier phrases aside: what the question is about. */
    private static List<Span> subject(Utterance u, Cue cue) {
        List<Span> spans = u.spans();
        return spans.subList(u.firstAt(cue) + 1, spans.size()).stream()
                .filter(s -> !(s instanceof Span.Boundary) && !(s instanceof Span.Said said && said.is(Cue.FILLER))).toList();
    }

    private static String words(Utterance u, List<Span> subject) {
        return String.join(" ", subject.stream().flatMap(s -> u.tokens().subList(s.start(), s.end()).stream()).map(Token::text)
                .filter(w -> !List.of("a", "an", "the", "any", "some", "guys").contains(w)).toList());
    }
}
