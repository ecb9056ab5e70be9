package pizzeria.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.Menu;
import pizzeria.menu.MenuSection;
import pizzeria.menu.Sense;
import pizzeria.order.Question;
import pizzeria.order.Question.Topic;

/** Recognises a question and what it is about from the labelled utterance; the answer comes from the tenant's data. */
final class QuestionReader {
    private final MentionReader reader;
    /** The words a caller names a kind by, and the kind's key: a section's fact keys, its title, its generic words. */
    private final Map<String, String> kinds = new HashMap<>();
    /** The qualities a caller may ask an item has: the menu's tags and the usual diet words. */
    private final List<String> qualities;

    QuestionReader(MentionReader reader, Menu menu) {
        this.reader = reader;
        java.util.Set<String> known = new java.util.LinkedHashSet<>(QUALITIES);
        menu.sections().forEach(sec -> sec.items().forEach(i -> i.tags().forEach(t -> known.add(t.replace('-', ' ')))));
        this.qualities = List.copyOf(known);
        for (MenuSection section : menu.sections()) {
            String title = section.title().toLowerCase(Locale.ROOT);
            for (String key : section.facts().keySet()) { kinds.put(key, key); kinds.put(key + "s", key); }
            for (String word : title.split("[^a-z]+")) {
                if (word.length() < 3) continue;
                kinds.putIfAbsent(word, title);
                kinds.putIfAbsent(word.endsWith("s") ? word.substring(0, word.length() - 1) : word + "s", title);
            }
            for (var term : section.grammar().terms()) {
                boolean generic = term.senses().stream().anyMatch(x -> x instanceof Sense.Item it && it.generic());
                if (generic && !term.phrase().contains(" ")) { kinds.putIfAbsent(term.phrase(), title); kinds.putIfAbsent(term.phrase() + "s", title); }
            }
            if (section.items().stream().anyMatch(i -> !i.sizes().isEmpty()) && section.grammar().terms().stream()
                    .anyMatch(t -> t.senses().stream().anyMatch(x -> x instanceof Sense.Item it && it.generic()))) {
                for (String w : List.of("specials", "specialties", "specialty")) kinds.putIfAbsent(w, title);
            }
        }
    }

    private static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "tomorrow");
    private static final List<String> QUALITIES = List.of("spicy", "vegetarian", "vegan", "gluten free", "dairy free",
            "nut free", "halal", "kosher", "organic");

    /** The day a question is about ("are you open on sunday"), or null. */
    private static String day(Utterance u) {
        for (Token t : u.tokens()) if (DAYS.contains(t.text())) return t.text();
        return null;
    }

    /** "is the buffalo chicken spicy?", "are the wings gluten free": a quality of one item. */
    private Optional<Question> tag(Utterance u) {
        // asked of an item ("is the herbivore spicy?"), not of a thing to have ("do you have gluten free crust?")
        boolean yesNoQuestion = !u.tokens().isEmpty() && List.of("is", "are", "does", "do", "it's").contains(u.tokens().get(0).text())
                && !u.has(Cue.ASK_AVAILABILITY);
        if (!u.has(Cue.ASK_INGREDIENTS) && !yesNoQuestion) return Optional.empty();
        String said = " " + Words.join(u.tokens()).replace('-', ' ') + " ";
        for (String quality : qualities) {
            if (!said.contains(" " + quality + " ")) continue;
            List<Mention> items = reader.read(u.spans(), s -> false).mentions();
            ItemRequest item = items.isEmpty() ? null : items.get(0).request();
            return Optional.of(new Question(Topic.TAG, item, quality));
        }
        return Optional.empty();
    }

    /** "what toppings do you have", "what kinds of pizza", "do you have any sides": a kind named, no one item of it. */
    private Optional<Question> kinds(Utterance u) {
        if (!u.has(Cue.ASK_MENU) && !u.has(Cue.ASK_INGREDIENTS) && !u.has(Cue.ASK_AVAILABILITY)) return Optional.empty();
        // Only the kind itself is asked after: "do you have gluten free crust" asks after one crust, not all of them.
        for (Span s : u.spans()) {
            if (s instanceof Span.Word w && !w.filler() && !kinds.containsKey(w.text())) return Optional.empty();
            if (s instanceof Span.Menu m && m.match().entry().meanings().stream()
                    .noneMatch(x -> x.sense() instanceof Sense.Item it && it.generic())) return Optional.empty();
        }
        for (Token t : u.tokens()) {
            String kind = kinds.get(t.text());
            if (kind != null) return Optional.of(new Question(Topic.KINDS, null, kind));
        }
        return Optional.empty();
    }

    /**
     * Every question asked: "what's on the classic and what's on the spinach deluxe?" asks about each item named, so
     * each is answered.
     */
    List<Question> readAll(Utterance u) {
        Optional<Question> first = read(u);
        if (first.isEmpty() || first.get().item() == null
                || (first.get().topic() != Topic.INGREDIENTS && first.get().topic() != Topic.PRICE)) {
            return first.map(List::of).orElse(List.of());
        }
        List<Question> all = new ArrayList<>(List.of(first.get()));
        List<String> seen = new ArrayList<>(List.of(first.get().item().itemId()));
        for (Mention m : reader.read(u.spans(), said -> false).mentions()) {
            if (m.generic() || seen.contains(m.itemId())) continue;
            seen.add(m.itemId());
            all.add(new Question(first.get().topic(), m.request(), ""));
        }
        return all;
    }

    Optional<Question> read(Utterance u) {
        if (u.has(Cue.ASK_ORDER_SO_FAR)) return Optional.of(new Question(Topic.ORDER_SO_FAR, null, ""));
        if (u.has(Cue.ASK_DELIVERY)) {
            // "do you deliver to 07030?": the zip asked about, if one was said
            String zip = u.tokens().stream().map(Token::text).filter(t -> t.matches("\\d{5}")).findFirst().orElse("");
            return Optional.of(new Question(Topic.DELIVERY, null, zip));
        }
        if (u.has(Cue.ASK_HOURS) || (u.has(Cue.ASK_AVAILABILITY) && day(u) != null)) {
            return Optional.of(new Question(Topic.HOURS, null, day(u) == null ? "" : day(u)));
        }
        Optional<Question> tag = tag(u);
        if (tag.isPresent()) return tag;
        Optional<Question> kind = kinds(u);
        if (kind.isPresent()) return kind;
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
