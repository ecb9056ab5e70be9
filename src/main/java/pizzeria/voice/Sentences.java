package pizzeria.voice;

import java.util.ArrayList;
import java.util.List;

/** Splits a reply into sentences: the unit of synthesis, of caching, and of "what the caller heard". */
final class Sentences {
    private Sentences() { }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.strip().split("(?<=[.?!])\\s+")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }
}
