package pizzeria.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits what a recogniser or a typist produced into tokens. Menu phrases go through the same path, so
 * "two liter", "2-liter" and "2 liter" all become the tokens [2, liter] on both sides.
 */
public final class Words {
    /** Words that end one item and may start another ("a pie and a soda", "a pie, a soda"). */
    static final Set<String> BOUNDARIES = Set.copyOf(List.of(",", "and", "plus", "also", "then", "."));

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private Words() { }

    public static List<Token> tokens(String text) {
        String t = text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace("&", " and ")
                .replaceAll("([,.?!;:])", " , ")
                .replaceAll("[^a-z0-9', ]", " ")
                .replaceAll("(?<![a-z])'|'(?![a-z])", " ");
        List<Token> out = new ArrayList<>();
        String[] words = t.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) continue;
            if (w.equals(",") && !out.isEmpty() && out.get(out.size() - 1).text().equals(",")) continue;
            if (w.matches("\\d{1,6}")) { out.add(new Token(w, Integer.parseInt(w))); continue; }
            Integer tens = TENS.get(w);
            if (tens != null) {
                Integer unit = i + 1 < words.length ? UNITS.get(words[i + 1]) : null;
                if (unit != null && unit > 0 && unit < 10) { i++; tens += unit; }
                out.add(new Token(String.valueOf(tens), tens));
                continue;
            }
            Integer unit = UNITS.get(w);
            if (unit != null) { out.add(new Token(String.valueOf(unit), unit)); continue; }
            out.add(new Token(w, null));
        }
        while (!out.isEmpty() && out.get(0).text().equals(",")) out.remove(0);
        return out;
    }

    /** The text of tokens joined back with spaces. */
    public static String join(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::text).toList());
    }
}
