package pizzeria.understand;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pizzeria.menu.MenuSection;
import pizzeria.menu.Sense;

/**
 * An utterance read once: every token belongs to exactly one labelled {@link Span}. Cues and menu phrases are
 * found in the same left-to-right pass, longest first, so an act's words and an item's words never both claim a
 * token; every later decision reads these labels instead of scanning the words again.
 */
final class Utterance {
    private static final Map<List<String>, Set<Cue>> CUES = new HashMap<>();
    /** The longest cue starting with each word: most words start none, and are passed over at once. */
    private static final Map<String, Integer> LONGEST_BY_FIRST_WORD = new HashMap<>();
    private static final int LONGEST_CUE;

    static {
        int longest = 1;
        for (Cue cue : Cue.values()) {
            for (String phrase : cue.phrases()) {
                List<String> words = Words.tokens(phrase).stream().map(Token::text).toList();
                CUES.computeIfAbsent(words, k -> EnumSet.noneOf(Cue.class)).add(cue);
                LONGEST_BY_FIRST_WORD.merge(words.get(0), words.size(), Math::max);
                longest = Math.max(longest, words.size());
            }
        }
        LONGEST_CUE = longest;
    }

    private final List<Token> tokens;
    private final List<Span> spans;

    private Utterance(List<Token> tokens, List<Span> spans) {
        this.tokens = tokens;
        this.spans = spans;
    }

    /**
     * Labels the tokens. At each place the longer of the cue and the menu phrase starting there wins; when they are
     * as long, the cue keeps the menu reading beside it (a fuzzy menu match loses to an exact cue). A menu phrase
     * wins over a boundary word ("plus" may be a pizza's "with").
     */
    static Utterance label(List<Token> tokens, Lexicon lexicon) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Lexicon.Match menu = lexicon.at(tokens, i);
            int menuLength = menu == null ? 0 : menu.end() - menu.start();
            int cueLength = cueAt(tokens, i, LONGEST_CUE);
            // "please do not add thin crust": a menu phrase starting inside the cue and running past it keeps its
            // words; the cue is only what comes before it, if that is still a cue.
            // Likewise a request for a person ("is the owner around": "the owner", not "is the" about a dish).
            for (int k = i + 1; k < i + cueLength; k++) {
                Lexicon.Match inside = lexicon.at(tokens, k);
                int insideCue = cueAt(tokens, k, LONGEST_CUE);
                boolean person = insideCue > 0 && k + insideCue > i + cueLength
                        && CUES.get(texts(tokens.subList(k, k + insideCue))).contains(Cue.TRANSFER);
                if ((inside != null && inside.end() > i + cueLength) || person) {
                    cueLength = cueAt(tokens, i, k - i);
                    break;
                }
            }
            Set<Cue> cues = cueLength == 0 ? null : CUES.get(texts(tokens.subList(i, i + cueLength)));
            Span span;
            if (cues != null && cueLength >= menuLength) {
                Lexicon.Match alternative = menu != null && menu.exact() && menuLength == cueLength ? menu : null;
                span = new Span.Said(i, i + cueLength, cues, alternative, texts(tokens.subList(i, i + cueLength)));
            } else if (menu != null) {
                span = new Span.Menu(menu);
            } else if (tokens.get(i).isBoundary()) {
                span = new Span.Boundary(i);
            } else if (tokens.get(i).isNumber()) {
                span = new Span.Quantity(i, tokens.get(i).number());
            } else {
                span = new Span.Word(i, tokens.get(i).text());
            }
            spans.add(span);
            i = span.end();
        }
        return new Utterance(List.copyOf(tokens), List.copyOf(spans));
    }

    /** The length of the longest cue at {@code i} of at most {@code max} tokens; 0 when none starts there. */
    private static int cueAt(List<Token> tokens, int i, int max) {
        Integer longest = LONGEST_BY_FIRST_WORD.get(tokens.get(i).text());
        if (longest == null) return 0;
        for (int n = Math.min(Math.min(max, longest), tokens.size() - i); n > 0; n--) {
            if (CUES.containsKey(texts(tokens.subList(i, i + n)))) return n;
        }
        return 0;
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    List<Token> tokens() { return tokens; }

    List<Span> spans() { return spans; }

    boolean has(Cue cue) {
        return firstAt(cue) >= 0;
    }

    /** Said and not denied: "no delivery, I'll come get it" does not ask for delivery. */
    boolean hasUndenied(Cue cue) {
        for (int i = 0; i < spans.size(); i++) {
            if (!(spans.get(i) instanceof Span.Said s && s.is(cue))) continue;
            if (i == 0 || !(spans.get(i - 1) instanceof Span.Said before && (before.is(Cue.NO) || before.words().equals(List.of("not"))))) return true;
        }
        return false;
    }

    /** Whether anything of the menu is said: a menu phrase or a quantity. */
    boolean saysMenuWords() {
        return spans.stream().anyMatch(s -> s instanceof Span.Menu || s instanceof Span.Quantity
                || (s instanceof Span.Said said && said.menu() != null && !said.is(Cue.NO) && !said.is(Cue.YES) && !onlyMarkers(said.menu())));
    }

    /** "no more", "without": words that work on a menu word and name none. */
    private static boolean onlyMarkers(Lexicon.Match m) {
        return m.entry().meanings().stream().allMatch(x -> x.sense() instanceof pizzeria.menu.Sense.Modifier mod && mod.marker());
    }

    /** The index of the first span carrying the cue, or -1. */
    int firstAt(Cue cue) {
        for (int i = 0; i < spans.size(); i++) if (spans.get(i) instanceof Span.Said s && s.is(cue)) return i;
        return -1;
    }

    /** Said first, carrier phrases aside ("no, that's wrong"), not somewhere inside ("a pie with no olives"). */
    boolean leads(Cue cue) {
        Span first = firstContent();
        return first instanceof Span.Said s && s.is(cue);
    }

    private Span firstContent() {
        for (Span s : spans) if (!(s instanceof Span.Said said && said.is(Cue.FILLER))) return s;
        return null;
    }

    /** The tokens outside carrier phrases, as a name or an address is read from them. */
    List<Token> withoutFillers() {
        List<Token> out = new ArrayList<>();
        for (Span s : spans) if (!(s instanceof Span.Said said && said.is(Cue.FILLER))) out.addAll(tokens.subList(s.start(), s.end()));
        return out;
    }

    /** The tokens of spans [from, to). */
    List<Token> tokens(int fromSpan, int toSpan) {
        if (fromSpan >= toSpan) return List.of();
        return tokens.subList(spans.get(fromSpan).start(), spans.get(toSpan - 1).end());
    }

    /**
     * "two large with tuna, skip the ham": a removal cue after something ordered, followed by a detail of the same
     * section rather than an item, says what the new item is without; it takes no line off the cart. "A large pie,
     * and take off the coke" still removes the Coke: a pie has no such detail.
     */
    boolean removalInsideAnOrder() {
        int at = firstAt(Cue.REMOVE);
        if (at < 0) return false;
        Set<MenuSection> ordered = new HashSet<>();
        for (Span s : spans.subList(0, at)) {
            if (!(s instanceof Span.Menu m)) continue;
            for (Lexicon.Meaning x : m.match().entry().meanings()) {
                if (x.sense() instanceof Sense.Item || (x.sense() instanceof Sense.Modifier mod && !mod.marker())) ordered.add(x.section());
            }
        }
        if (ordered.isEmpty()) return false;
        for (Span s : spans.subList(at + 1, spans.size())) {
            if (!(s instanceof Span.Menu m)) continue;
            List<Lexicon.Meaning> meanings = m.match().entry().meanings();
            return meanings.stream().noneMatch(x -> x.sense() instanceof Sense.Item)
                    && meanings.stream().anyMatch(x -> ordered.contains(x.section()));
        }
        return false;
    }

    /** Nothing but answers ("yes", "no", "that's all"), carrier phrases and fillers. */
    boolean onlyAnswers() {
        return spans.stream().allMatch(s -> s instanceof Span.Boundary || (s instanceof Span.Word w && w.filler())
                || (s instanceof Span.Said said && (said.is(Cue.YES) || said.is(Cue.NO) || said.is(Cue.DONE) || said.is(Cue.FILLER))));
    }
}
