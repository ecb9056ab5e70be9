package pizzeria.understand;

import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Whether a heard word is a menu word, tolerating plurals and the near-misses a recogniser makes
 * ("peperoni", "zeppoli"). Short words must match exactly: three letters leave no room for error.
 */
final class FuzzyWord {
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final LevenshteinDistance ONE = new LevenshteinDistance(1);
    private static final LevenshteinDistance TWO = new LevenshteinDistance(2);
    /** Words that must never be bent into menu words. */
    private static final Set<String> EXACT_ONLY = Set.copyOf(List.of("a", "an", "the", "of", "with", "and", "on", "no", "to",
            "for", "in", "half", "left", "right", "whole", "large", "small", "like", "make", "take", "please"));
    /**
     * Ordinary English words a recogniser hears right that sit one letter from common menu words ("think" and
     * thick, "comes" and cokes, "sliced" and spiced, "bunch" and lunch): said, they mean themselves.
     */
    static final Set<String> ORDINARY = Set.copyOf(List.of("think", "thing", "things", "thin", "comes", "come", "coming",
            "sliced", "slices", "bunch", "much", "such", "other", "others", "order", "orders", "there", "their", "where",
            "were", "wanna", "gonna", "gotta", "thanks", "thank", "great", "just", "some", "same", "sure", "maybe",
            "little", "bit", "time", "times", "first", "last", "next", "also", "plus", "minus", "while", "white",
            "which", "with", "without", "would", "could", "should"));

    private FuzzyWord() { }

    static boolean same(String heard, String menu) {
        if (heard.equals(menu)) return true;
        // A word that carries the order is not a menu word, not even as a plural ("ones" is not "on"s); an ordinary
        // word may still be a menu word's plural ("slices"), never a near-miss of one ("sliced" is not "spiced").
        if (MentionReader.FILLER.contains(heard)) return false;
        if (plural(heard, menu) || plural(menu, heard)) return true;
        if (EXACT_ONLY.contains(heard) || EXACT_ONLY.contains(menu)) return false;
        if (ORDINARY.contains(heard)) return false;
        if (Character.isDigit(heard.charAt(0)) || Character.isDigit(menu.charAt(0))) return false;
        int shorter = Math.min(heard.length(), menu.length());
        if (shorter >= 5 && ONE.apply(heard, menu) >= 0) return true;
        return shorter >= 6 && TWO.apply(heard, menu) >= 0 && METAPHONE.isDoubleMetaphoneEqual(heard, menu);
    }

    private static boolean plural(String a, String b) {
        return b.equals(a + "s") || b.equals(a + "es")
                || (a.endsWith("y") && b.equals(a.substring(0, a.length() - 1) + "ies"));
    }
}
