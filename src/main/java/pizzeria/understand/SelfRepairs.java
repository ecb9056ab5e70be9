package pizzeria.understand;

import java.util.ArrayList;
import java.util.List;
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
        List<Token> out = new ArrayList<>(tokens);
        for (int guard = 0; guard < 8; guard++) {
            int at = REPAIRS.firstAt(out);
            if (at < 0) return out;
            int length = REPAIRS.lengthAt(out, at);
            List<Token> after = out.subList(at + length, out.size());
            Object kind = firstKind(after);
            int[] replaced = kind == null ? null : lastOfKind(out.subList(0, at), kind);
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

    /** The kind of the first number or menu phrase: a number, an item, or a modifier's class. */
    private Object firstKind(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); ) {
            if (tokens.get(i).isBoundary()) return null;
            Lexicon.Match m = lexicon.at(tokens, i);
            if (m != null) {
                Object k = kindOf(m);
                if (k != null) return k;
                i = m.end();
                continue;
            }
            if (tokens.get(i).isNumber()) return Integer.class;
            i++;
        }
        return null;
    }

    /** Where the last phrase of that kind lies, [start, end), or null. */
    private int[] lastOfKind(List<Token> tokens, Object kind) {
        int[] found = null;
        for (int i = 0; i < tokens.size(); ) {
            Lexicon.Match m = lexicon.at(tokens, i);
            if (m != null) {
                if (kind.equals(kindOf(m))) found = new int[] {m.start(), m.end()};
                i = m.end();
                continue;
            }
            if (tokens.get(i).isNumber() && kind == Integer.class) found = new int[] {i, i + 1};
            i++;
        }
        return found;
    }

    private static Object kindOf(Lexicon.Match m) {
        for (Lexicon.Meaning meaning : m.entry().meanings()) {
            if (meaning.sense() instanceof Sense.Item) return Sense.Item.class;
            if (meaning.sense() instanceof Sense.Modifier mod && !mod.marker()) return mod.value().getClass();
        }
        return null;
    }
}
