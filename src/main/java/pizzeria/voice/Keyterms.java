package pizzeria.voice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fits a ranked list of words to favour into a provider's limits (Deepgram: 100 terms and 500 tokens,
 * and an over-limit update fails silently), keeping the most important first.
 */
public final class Keyterms {
    public static final int MAX_TERMS = 100;
    public static final int MAX_TOKENS = 500;

    private Keyterms() { }

    public static List<String> fit(List<String> ranked) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int tokens = 0;
        for (String term : ranked) {
            String t = term.strip();
            if (t.isEmpty() || !seen.add(t.toLowerCase())) continue;
            int cost = tokens(t);
            if (out.size() == MAX_TERMS || tokens + cost > MAX_TOKENS) continue;
            out.add(t);
            tokens += cost;
        }
        return out;
    }

    /** A conservative token count: a tokenizer splits words, and long words into pieces of about 4 letters. */
    static int tokens(String term) {
        int n = 0;
        for (String w : term.split("[\\s-]+")) n += Math.max(1, (w.length() + 3) / 4);
        return n;
    }
}
