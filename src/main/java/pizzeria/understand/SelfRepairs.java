package pizzeria.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pizzeria.menu.Sense;

/**
 * Takes back what a caller corrects in the same breath: "a large, no wait, a medium" is a medium; "six wings
 * hot, I mean twelve" is twelve. The first menu word after the repair ("no wait", "I mean", "sorry",
 * "actually", "or rather", "scratch that") replaces the last one of the same kind before it (a size for a
 * size, an item for an item, a number for a number); a repair with nothing to replace is only dropped.
 */
final class SelfRepairs {
    private static final Phrases REPAIRS = Phrases.of("no wait", "wait no", "no sorry", "sorry", "i mean",
            "actually", "or rather", "scratch that", "wait");

    private final Lexicon lexicon;

    SelfRepairs(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Token> apply(List<Token> tokens) {
        List<Token> out = contrasts(tokens);
        for (int guard = 0; guard < 8; guard++) {
            int at = REPAIRS.firstAt(out);
            int bare = bareNo(out);
            if (bare >= 0 && (at < 0 || bare < at)) at = bare;
            if (at < 0) return out;
            int length = at == bare ? 1 : REPAIRS.lengthAt(out, at);
            List<Token> after = out.subList(at + length, out.size());
            // "add broccoli, and actually no olives on that": a repair that goes on to what is not wanted adds a wish,
            // it takes nothing back
            Set<Object> kind = negates(after) ? null : firstKind(after);
            int[] replaced = kind == null ? null : lastOfKind(out.subList(0, at), kind);
            if (at == bare && replaced == null) return out;   // "no, a large pizza" answers; it corrects nothing
            // "with ham and pineapple, no wait, ham and jalapenos": the caller says again from a word they said before;
            // everything from there to the repair is taken back.
            int echo = echoed(out, at, length);
            if (echo >= 0) replaced = new int[] {echo, at};
            List<Token> next = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                boolean marker = i >= at && i < at + length;
                boolean taken = replaced != null && i >= replaced[0] && i < replaced[1];
                if (!marker && !taken) next.add(out.get(i));
            }
            out = next;
        }
        return out;
    }

    /**
     * "make it a large, not a medium", "ranch, not blue cheese": a detail a line holds one of, said with "not" after
     * another of its kind, only sets the first one straight; it is taken out.
     */
    private List<Token> contrasts(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 1; i < out.size(); i++) {
            if (!out.get(i).text().equals("not")) continue;
            int j = i + 1;
            if (j < out.size() && List.of("a", "an", "the").contains(out.get(j).text())) j++;
            Lexicon.Match said = j < out.size() ? lexicon.at(out, j) : null;
            Set<Object> kinds = said == null ? Set.of() : singleKinds(said);
            if (kinds.isEmpty()) continue;
            int[] before = lastOfKind(out.subList(0, i), kinds);
            if (before == null) continue;
            out.subList(i, said.end()).clear();
        }
        return out;
    }

    private static Set<Object> singleKinds(Lexicon.Match m) {
        Set<Object> kinds = new HashSet<>();
        for (Lexicon.Meaning meaning : m.entry().meanings()) {
            if (meaning.sense() instanceof Sense.Modifier mod && !mod.marker() && meaning.section().grammar().single(mod.value())) {
                kinds.add(mod.value().getClass());
            }
        }
        return kinds;
    }

    /**
     * Where the words after the repair were first said: the last place before it that the repair's first word (an
     * article, a number or the start of a menu phrase) also stands at, or -1.
     */
    private int echoed(List<Token> tokens, int at, int length) {
        int first = at + length;
        while (first < tokens.size() && (tokens.get(first).isBoundary() || FILLERS.contains(tokens.get(first).text()))) first++;
        if (first >= tokens.size()) return -1;
        Token t = tokens.get(first);
        boolean content = t.isNumber() || List.of("a", "an").contains(t.text()) || lexicon.at(tokens, first) != null;
        if (!content) return -1;
        for (int j = at - 1; j >= 0; j--) {
            if (!tokens.get(j).isBoundary() && tokens.get(j).text().equals(t.text())) return j;
        }
        return -1;
    }

    private static final Set<String> FILLERS = Set.of("uh", "um", "umm", "make", "it", "that", "let's", "lets", "do");

    /**
     * "a large, no, a medium": a bare "no" followed by an article or a number, after something ordered, opens a
     * repair; before a detail ("no onions") it stays a negation.
     */
    private static int bareNo(List<Token> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("no")) continue;
            int next = tokens.get(i + 1).isBoundary() ? i + 2 : i + 1;
            if (next < tokens.size() && (tokens.get(next).isNumber() || List.of("a", "an").contains(tokens.get(next).text()))) return i;
        }
        return -1;
    }

    private static boolean negates(List<Token> after) {
        for (Token t : after) {
            if (t.isBoundary() || List.of("uh", "um", "and").contains(t.text())) continue;
            return List.of("no", "without", "hold", "skip", "minus", "not").contains(t.text());
        }
        return false;
    }

    /** The kinds of the first number or menu phrase: a number, an item, or its modifiers' classes ("medium" may be a size or a heat). */
    private Set<Object> firstKind(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); ) {
            if (tokens.get(i).isBoundary() && i > 0) return null;
            if (tokens.get(i).isBoundary()) { i++; continue; }
            Lexicon.Match m = lexicon.at(tokens, i);
            if (m != null) {
                Set<Object> k = kindsOf(m);
                if (!k.isEmpty()) return k;
                i = m.end();
                continue;
            }
            if (tokens.get(i).isNumber()) return Set.of(Integer.class);
            i++;
        }
        return null;
    }

    /** Where the last phrase of that kind lies, [start, end), or null. */
    private int[] lastOfKind(List<Token> tokens, Set<Object> kinds) {
        int[] found = null;
        for (int i = 0; i < tokens.size(); ) {
            Lexicon.Match m = lexicon.at(tokens, i);
            if (m != null) {
                if (kindsOf(m).stream().anyMatch(kinds::contains)) found = new int[] {m.start(), m.end()};
                i = m.end();
                continue;
            }
            if (tokens.get(i).isNumber() && kinds.contains(Integer.class)) found = new int[] {i, i + 1};
            i++;
        }
        return found;
    }

    private static Set<Object> kindsOf(Lexicon.Match m) {
        Set<Object> kinds = new HashSet<>();
        for (Lexicon.Meaning meaning : m.entry().meanings()) {
            if (meaning.sense() instanceof Sense.Item) kinds.add(Sense.Item.class);
            else if (meaning.sense() instanceof Sense.Modifier mod && !mod.marker()) kinds.add(mod.value().getClass());
        }
        return kinds;
    }
}
