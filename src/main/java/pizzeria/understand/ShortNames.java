package pizzeria.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The short or everyday names callers use for words menus spell out: "guac" for guacamole, "parm" for parmesan,
 * "bbq" for barbecue, "steak" for asada, "pastor" for al pastor. Each menu phrase holding one is heard in the short
 * form too, unless the menu itself uses that form for something else (a steak sub beside asada tacos).
 */
final class ShortNames {
    private static final Map<List<String>, List<List<String>>> SHORT = Map.of(
            List.of("guacamole"), List.of(List.of("guac")),
            List.of("parmesan"), List.of(List.of("parm")),
            List.of("barbecue"), List.of(List.of("bbq")),
            List.of("mozzarella"), List.of(List.of("mozz")),
            List.of("asada"), List.of(List.of("steak")),
            List.of("carne", "asada"), List.of(List.of("steak")),
            List.of("al", "pastor"), List.of(List.of("pastor")),
            List.of("pico", "de", "gallo"), List.of(List.of("pico")),
            List.of("vegetarian"), List.of(List.of("veggie")));

    private ShortNames() { }

    /** The other ways of saying a phrase (its words as tokens), each once; none when it holds no long form. */
    static List<List<String>> variants(List<String> words) {
        List<List<String>> out = new ArrayList<>();
        for (var e : SHORT.entrySet()) {
            int at = indexOf(words, e.getKey());
            if (at < 0) continue;
            for (List<String> shortForm : e.getValue()) {
                List<String> v = new ArrayList<>(words.subList(0, at));
                v.addAll(shortForm);
                v.addAll(words.subList(at + e.getKey().size(), words.size()));
                if (!out.contains(v) && !v.equals(words)) out.add(List.copyOf(v));
            }
        }
        return out;
    }

    private static int indexOf(List<String> words, List<String> part) {
        for (int i = 0; i + part.size() <= words.size(); i++) {
            if (words.subList(i, i + part.size()).equals(part)) return i;
        }
        return -1;
    }
}
