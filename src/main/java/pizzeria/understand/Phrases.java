package pizzeria.understand;

import java.util.ArrayList;
import java.util.List;

/** A small set of phrases as token sequences, found in a token list ("no wait", "my name is"). */
final class Phrases {
    private final List<List<String>> phrases = new ArrayList<>();

    static Phrases of(String... texts) {
        return new Phrases(texts);
    }

    private Phrases(String... texts) {
        for (String t : texts) phrases.add(Words.tokens(t).stream().map(Token::text).toList());
        phrases.sort((a, b) -> b.size() - a.size());
    }

    boolean in(List<Token> tokens) {
        return firstAt(tokens) >= 0;
    }

    /** Said as the first words ("no, that's wrong"), not somewhere inside ("no pineapple"). */
    boolean leads(List<Token> tokens) {
        return length(tokens, 0) > 0;
    }

    int firstAt(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) if (length(tokens, i) > 0) return i;
        return -1;
    }

    /** The tokens with every occurrence of these phrases taken out. */
    List<Token> without(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            int n = length(tokens, i);
            if (n > 0) { i += n; continue; }
            out.add(tokens.get(i++));
        }
        return out;
    }

    /** The tokens with a leading phrase (and the comma after it) taken out. */
    List<Token> withoutLeading(List<Token> tokens) {
        int n = length(tokens, 0);
        List<Token> rest = new ArrayList<>(tokens.subList(n, tokens.size()));
        while (!rest.isEmpty() && rest.get(0).text().equals(",")) rest.remove(0);
        return rest;
    }

    /** How many tokens the phrase found at {@code at} takes (0: none starts there). */
    int lengthAt(List<Token> tokens, int at) {
        return length(tokens, at);
    }

    private int length(List<Token> tokens, int at) {
        for (List<String> p : phrases) {
            if (at + p.size() > tokens.size()) continue;
            boolean match = true;
            for (int k = 0; k < p.size() && match; k++) match = tokens.get(at + k).text().equals(p.get(k));
            if (match) return p.size();
        }
        return 0;
    }
}
