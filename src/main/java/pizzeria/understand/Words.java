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
    /** Words that multiply what came before them; "a billion" must not be heard as "a". */
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);
    /** Said before a number to make it negative ("minus five"; "-5" typed reads the same). */
    private static final Set<String> NEGATIVE = Set.of("minus", "negative");
    /** The largest value a number token carries: far above any quantity a menu takes, so a huge one is still refused. */
    static final int LARGEST = 999_999;

    /** Quantities people say without a number word; "half a dozen" before "a dozen", longest first. */
    private static final List<Map.Entry<java.util.regex.Pattern, String>> SAID_QUANTITIES = List.of(
            Map.entry(java.util.regex.Pattern.compile("\\bhalf (?:a )?dozen\\b"), "6"),
            Map.entry(java.util.regex.Pattern.compile("\\b(?:a )?dozen\\b"), "12"),
            Map.entry(java.util.regex.Pattern.compile("\\b(?:a )?couple(?: of)?\\b"), "2"),
            Map.entry(java.util.regex.Pattern.compile("\\ba pair of\\b"), "2"));

    private Words() { }

    public static List<Token> tokens(String text) {
        String t = text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace("&", " and ")
                .replaceAll("(?<![a-z0-9])-(?=\\d)", " minus ")
                .replaceAll("([,.?!;:])", " , ")
                .replaceAll("[^a-z0-9', ]", " ")
                .replaceAll("(?<![a-z])'|'(?![a-z])", " ");
        for (Map.Entry<java.util.regex.Pattern, String> q : SAID_QUANTITIES) t = q.getKey().matcher(t).replaceAll(q.getValue());
        List<Token> out = new ArrayList<>();
        String[] words = t.trim().split("\\s+");
        for (int i = 0; i < words.length; ) {
            String w = words[i];
            if (w.isEmpty()) { i++; continue; }
            if (w.equals(",") && !out.isEmpty() && out.get(out.size() - 1).text().equals(",")) { i++; continue; }
            if (NEGATIVE.contains(w) && numberEnd(words, i + 1) > i + 1) {
                int end = numberEnd(words, i + 1);
                int value = -numberValue(words, i + 1, end);
                out.add(new Token(String.valueOf(value), value));
                i = end;
                continue;
            }
            int end = numberEnd(words, i);
            if (end > i) {
                int value = numberValue(words, i, end);
                // digits keep how they were written: a zip code's leading zero ("07030") is part of it
                boolean digits = end == i + 1 && words[i].matches("\\d+");
                out.add(new Token(digits ? words[i] : String.valueOf(value), value));
                i = end;
                continue;
            }
            out.add(new Token(w, null));
            i++;
        }
        while (!out.isEmpty() && out.get(0).text().equals(",")) out.remove(0);
        return out;
    }

    private static boolean numberWord(String w) {
        return w.matches("\\d{1,6}") || UNITS.containsKey(w) || TENS.containsKey(w) || SCALES.containsKey(w);
    }

    /** Where a run of number words starting at {@code i} ends, exclusive ({@code i} when none starts there). */
    private static int numberEnd(String[] words, int i) {
        int j = i;
        while (j < words.length && numberWord(words[j]) && (j == i || continues(words[j - 1], words[j]))) j++;
        return j;
    }

    /** "twenty four", "two hundred", "five thousand" are one number; "two twelve" (piece) are two. */
    private static boolean continues(String prev, String next) {
        if (SCALES.containsKey(next) || SCALES.containsKey(prev)) return true;
        return TENS.containsKey(prev) && UNITS.containsKey(next) && UNITS.get(next) < 10;
    }

    /**
     * The value of number words: "two thousand five hundred" → 2500; "twenty four" → 24; anything from
     * {@link #LARGEST} up ("a billion") → {@link #LARGEST}. Every step stays within it, so no run of scale
     * words overflows.
     */
    private static int numberValue(String[] words, int from, int to) {
        long total = 0;
        long current = 0;
        for (int k = from; k < to; k++) {
            String w = words[k];
            Long scale = SCALES.get(w);
            if (scale != null && scale == 100L) current = (current == 0 ? 1 : current) * 100;
            else if (scale != null) { total += (current == 0 ? 1 : current) * scale; current = 0; }
            else if (TENS.containsKey(w)) current += TENS.get(w);
            else if (UNITS.containsKey(w)) current += UNITS.get(w);
            else current += Long.parseLong(w);
            total = Math.min(total, LARGEST);
            current = Math.min(current, LARGEST);
        }
        return (int) Math.min(total + current, LARGEST);
    }

    /** The text of tokens joined back with spaces. */
    public static String join(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::text).toList());
    }
}
