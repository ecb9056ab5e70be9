package pizzeria.menu;

import java.util.List;

/** A phrase a caller may say ("honey hot", "plain pie") and what it can mean on this menu. */
public record Term(String phrase, List<Sense> senses) {
    public Term {
        phrase = phrase.toLowerCase(java.util.Locale.ROOT).trim();
        senses = List.copyOf(senses);
    }

    public static Term item(String phrase, String itemId) {
        return new Term(phrase, List.of(new Sense.Item(itemId, false)));
    }

    public static Term modifier(String phrase, Object value) {
        return new Term(phrase, List.of(new Sense.Modifier(value, false)));
    }
}
