package pizzeria.call;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a reply: the unit of synthesis, of caching and of "what the caller heard". A fixed
 * sentence is the same in every call of a tenant version (a {@link Line}, the greeting, a phase prompt
 * without placeholders), so its audio may be cached; a dynamic one carries the call's own facts.
 */
public record Sentence(String text, boolean fixed) {
    public static Sentence of(Line line) {
        return new Sentence(line.text(), true);
    }

    /** The sentences of a text whose words come from this call (an item, a name, a price). */
    public static List<Sentence> dynamic(String text) {
        return split(text, false);
    }

    /** The sentences of a text the tenant's file fixes for every call (its greeting). */
    static List<Sentence> fixedByTenant(String text) {
        return split(text, true);
    }

    /** Splits after '.', '?' or '!' followed by a space, as a listener hears sentences end. */
    public static List<String> sentencesOf(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.strip().split("(?<=[.?!])\\s+")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    private static List<Sentence> split(String text, boolean fixed) {
        return sentencesOf(text).stream().map(s -> new Sentence(s, fixed)).toList();
    }
}
