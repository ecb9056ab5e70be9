package pizzeria.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pizzeria.menu.MenuSection;
import pizzeria.menu.Sense;

/** The pieces of speech about one item, and the phrase that names it (the anchor), if any. */
final class Group {
    private static final Set<String> JOINERS = Set.of("plus", "also", "and also", "along with");

    /** Words that open a line as an article does: "another large pizza with onions" is a pie of its own. */
    private static final Set<String> ARTICLES = Set.copyOf(List.of("a", "an", "some", "any", "another"));
    /** "... and the other with ham", "and another one with carnitas": a count of one. */
    private static final Set<String> ONE_MORE = Set.of("other", "another");
    private static final Set<String> DISTRIBUTIVE = Set.of("both", "each", "all");

    private final List<Piece> pieces;
    private Lexicon.Meaning anchor;

    Group(List<Piece> pieces) {
        this.pieces = new ArrayList<>(pieces);
        this.anchor = findAnchor(false);
        if (anchor == null) anchor = findAnchor(true);
    }

    /**
     * Cuts a segment that names several items ("twelve wings honey hot a small cheese pie", "a large combination
     * pizza a medium pizza with onions"). A quantity or an article opens a line: the cut falls before it, and what
     * is said before the first item's opener ("black olives, one medium pizza") finishes the line before. A named
     * item and the generic word beside it ("combination pizza") are one item.
     */
    static List<Group> cutAtItems(List<Piece> segment) {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < segment.size(); i++) {
            if (!MentionReader.isItem(segment.get(i), false) && !MentionReader.isItem(segment.get(i), true)) continue;
            // "a chicken parm dinner with penne": a name that is also a detail the item before takes, with no count or
            // article opening a line between them, is that item's detail
            if (!items.isEmpty() && detailOf(segment, items.get(items.size() - 1), i)) continue;
            items.add(i);
        }
        if (items.isEmpty()) return cutAtRepeatedKinds(segment);
        List<Integer> cuts = new ArrayList<>();
        int first = -1;
        for (int j = items.get(0) - 1; j > 0; j--) if (opens(segment.get(j))) { first = j; break; }
        if (first > 0 && segment.subList(0, first).stream().anyMatch(p -> p instanceof Piece.Phrase)) cuts.add(first);
        for (int k = 1; k < items.size(); k++) {
            int prev = items.get(k - 1);
            int next = items.get(k);
            int opener = -1;
            for (int j = prev + 1; j < next && opener < 0; j++) if (opens(segment.get(j))) opener = j;
            if (opener >= 0) {
                cuts.add(opener);
                // "two small pies one with olives one plain": a later count, with details of its own after an earlier
                // one's, opens the next share
                for (int j = opener + 1, from = opener; j < next; j++) {
                    if (opens(segment.get(j)) && segment.subList(from + 1, j).stream().anyMatch(x -> x instanceof Piece.Phrase)) {
                        cuts.add(j);
                        from = j;
                    }
                }
            }
            else if (!MentionReader.isItem(segment.get(prev), true) && !MentionReader.isItem(segment.get(next), true)) cuts.add(prev + 1);
        }
        // "ten tacos five asada five chicken": after the last item, a count with details of its own opens a share of
        // the line, as it would after "and".
        for (int j = items.get(items.size() - 1) + 1; j < segment.size(); j++) {
            boolean count = segment.get(j) instanceof Piece.Number || segment.get(j) instanceof Piece.Word w && ONE_MORE.contains(w.text());
            if (count && detailFollows(segment, j)) cuts.add(j);
        }
        // "... and a tuna sub both on wheat": what follows "both" is said of every line, not of the last alone.
        for (int j = items.get(items.size() - 1) + 1; j < segment.size(); j++) {
            if (segment.get(j) instanceof Piece.Word w && DISTRIBUTIVE.contains(w.text())) { cuts.add(j); break; }
        }
        List<Group> out = new ArrayList<>();
        int from = 0;
        cuts.sort(null);
        for (int cut : cuts) {
            if (cut > from) out.add(new Group(segment.subList(from, cut)));
            from = Math.max(from, cut);
        }
        out.add(new Group(segment.subList(from, segment.size())));
        return out;
    }

    /**
     * "a large sprite a small fanta": details of no named item, where a quantity or an article opens details of a
     * kind already said (a second size, a second flavour), are two lines; one line cannot hold both.
     */
    private static List<Group> cutAtRepeatedKinds(List<Piece> segment) {
        List<Group> out = new ArrayList<>();
        int from = 0;
        for (int j = 1; j < segment.size(); j++) {
            if (!opens(segment.get(j)) || j == from) continue;
            int end = j + 1;
            while (end < segment.size() && !opens(segment.get(end))) end++;
            Set<Object> before = new Group(segment.subList(from, j)).kinds();
            Set<Object> after = new Group(segment.subList(j, end)).kinds();
            if (after.stream().anyMatch(before::contains)) {
                out.add(new Group(segment.subList(from, j)));
                from = j;
            }
        }
        out.add(new Group(segment.subList(from, segment.size())));
        return out;
    }

    /** A menu phrase comes after the number at {@code at}, before any other number. */
    private static boolean detailFollows(List<Piece> segment, int at) {
        for (int j = at + 1; j < segment.size(); j++) {
            if (segment.get(j) instanceof Piece.Number) return false;
            if (segment.get(j) instanceof Piece.Phrase) return true;
        }
        return false;
    }

    /** A quantity or an article: the start of a new order line. */
    static boolean opens(Piece p) {
        return p instanceof Piece.Number || (p instanceof Piece.Word w && (ARTICLES.contains(w.text()) || ONE_MORE.contains(w.text())));
    }

    /** Whether this group starts as a new line does ("one large sausage", "a small"). */
    boolean opensLine() {
        for (Piece p : pieces) {
            if (opens(p)) return true;
            // "plus a half dozen more": a joining word before the article
            if (p instanceof Piece.Phrase ph && JOINERS.contains(String.join(" ", ph.match().entry().words()))) continue;
            if (!(p instanceof Piece.Word w) || !MentionReader.FILLER.contains(w.text())) return false;
        }
        return false;
    }

    private static final Set<String> QUALIFIERS = Set.of("no", "without", "hold", "skip", "minus", "leave", "extra", "light",
            "double", "add", "plus", "easy", "less", "more", "but", "not");

    /** The piece opens with a word that qualifies an item ("no zorblax", "extra zorblax"): a detail, not a parting word. */
    boolean opensWithAQualifier() {
        for (Piece p : pieces) {
            if (p instanceof Piece.Word w && QUALIFIERS.contains(w.text())) return true;
            if (p instanceof Piece.Phrase ph && QUALIFIERS.contains(ph.match().entry().words().get(0))) return true;
            if (!(p instanceof Piece.Word w) || !MentionReader.FILLER.contains(w.text())) return false;
        }
        return false;
    }

    private Lexicon.Meaning findAnchor(boolean generic) {
        for (Piece p : pieces) {
            if (!(p instanceof Piece.Phrase ph)) continue;
            for (Lexicon.Meaning m : ph.match().entry().meanings()) {
                if (m.sense() instanceof Sense.Item it && it.generic() == generic) return m;
            }
        }
        return null;
    }

    Lexicon.Meaning anchor() { return anchor; }

    /** Named only by the section's generic word ("pie", "pizza"). */
    boolean generic() { return anchor != null && ((Sense.Item) anchor.sense()).generic(); }

    String itemId() { return ((Sense.Item) anchor.sense()).itemId(); }

    List<Integer> numbers() {
        return pieces.stream().filter(p -> p instanceof Piece.Number).map(p -> ((Piece.Number) p).value()).toList();
    }

    List<Lexicon.Meaning> modifierMeanings() {
        List<Lexicon.Meaning> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (p instanceof Piece.Phrase ph) {
                ph.match().entry().meanings().stream().filter(m -> m.sense() instanceof Sense.Modifier).forEach(out::add);
            }
        }
        return out;
    }

    /** A modifier that means something on its own, or a number. Markers ("half", "no") alone say nothing. */
    boolean saysSomething() {
        return !numbers().isEmpty() || modifierMeanings().stream().anyMatch(m -> !((Sense.Modifier) m.sense()).marker());
    }

    boolean accepts(Group other) {
        return other.modifierMeanings().stream().anyMatch(m -> !((Sense.Modifier) m.sense()).marker()
                && m.section() == anchor.section()
                && anchor.section().grammar().accepts(itemId(), ((Sense.Modifier) m.sense()).value()));
    }

    /** "both", "each", "all of them": what this piece says is said of every line before it. */
    boolean distributive() {
        return pieces.stream().anyMatch(p -> p instanceof Piece.Word w && DISTRIBUTIVE.contains(w.text()));
    }

    /** Whether this item takes every menu word of the other piece (markers such as "half" or "no" aside). */
    boolean acceptsAll(Group other) {
        return other.phrases().stream().allMatch(p -> Lexicon.takes(anchor.section(), itemId(), p));
    }

    List<Lexicon.Match> phrases() {
        return pieces.stream().filter(p -> p instanceof Piece.Phrase).map(p -> ((Piece.Phrase) p).match()).toList();
    }

    void absorb(Group other) { pieces.addAll(other.pieces); }

    private static boolean detailOf(List<Piece> segment, int item, int at) {
        for (int j = item + 1; j < at; j++) if (opens(segment.get(j))) return false;
        if (!(segment.get(item) instanceof Piece.Phrase named) || !(segment.get(at) instanceof Piece.Phrase said)) return false;
        for (Lexicon.Meaning itemMeaning : named.match().entry().meanings()) {
            if (!(itemMeaning.sense() instanceof Sense.Item it) || it.generic()) continue;
            for (Lexicon.Meaning m : said.match().entry().meanings()) {
                if (m.sense() instanceof Sense.Modifier mod && !mod.marker() && m.section() == itemMeaning.section()
                        && m.section().grammar().accepts(it.itemId(), mod.value())) return true;
            }
        }
        return false;
    }

    /** This piece without the item it names: a share that names its line's own item again ("and one plain"). */
    Group withoutItem() {
        return new Group(pieces.stream().filter(p -> !MentionReader.isItem(p, false) && !MentionReader.isItem(p, true)).toList());
    }

    /** Pieces said before this one and joined to it keep the order they were said in. */
    void absorbBefore(Group other) {
        pieces.addAll(absorbedBefore, other.pieces);
        absorbedBefore += other.pieces.size();
    }

    private int absorbedBefore;

    /** The words of this piece of speech that are neither menu words nor words that carry an order, in order. */
    Optional<String> unknownWords() {
        List<String> words = pieces.stream().filter(p -> p instanceof Piece.Word w && !MentionReader.FILLER.contains(w.text()))
                .map(p -> ((Piece.Word) p).text()).toList();
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /**
     * The words that fit nothing said between this line's first and last menu word or number ("three medium
     * hamburger pizzas", "a whole italian hold the onions"): they could change the line. Words around it ("thanks a
     * lot") cannot.
     */
    Optional<String> unknownInside() {
        int first = -1, last = -1;
        for (int i = 0; i < pieces.size(); i++) {
            if (!(pieces.get(i) instanceof Piece.Word)) { if (first < 0) first = i; last = i; }
        }
        List<String> words = new ArrayList<>();
        for (int i = first + 1; i < last; i++) {
            if (pieces.get(i) instanceof Piece.Word w && !MentionReader.FILLER.contains(w.text())) words.add(w.text());
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /** The count this piece opens with ("one with pineapple"), or 0. */
    int leadingCount() {
        for (Piece p : pieces) {
            if (p instanceof Piece.Number n) return n.value();
            if (p instanceof Piece.Word w && ONE_MORE.contains(w.text())) return 1;
            if (!(p instanceof Piece.Word w) || !MentionReader.FILLER.contains(w.text())) return 0;
        }
        return 0;
    }

    /** Whether the other piece says a kind of detail this line already has ("one large" after "two small"). */
    boolean overrides(Group other) {
        Set<Object> mine = kinds();
        return other.kinds().stream().anyMatch(mine::contains);
    }

    /** Whether the other piece says again a detail this line holds only one of (a size, a crust). */
    boolean saysAgainASingle(Group other) {
        Set<Object> mine = kinds();
        return other.modifierMeanings().stream().anyMatch(m -> !((Sense.Modifier) m.sense()).marker()
                && m.section().grammar().single(((Sense.Modifier) m.sense()).value()) && kindOf(m).map(mine::contains).orElse(false));
    }

    /** The kinds of detail this piece says, each as its section's grammar tells them apart (markers aside). */
    private Set<Object> kinds() {
        Set<Object> out = new java.util.HashSet<>();
        for (Lexicon.Meaning m : modifierMeanings()) out.addAll(kindOf(m).stream().toList());
        return out;
    }

    private static Optional<Object> kindOf(Lexicon.Meaning m) {
        Sense.Modifier mod = (Sense.Modifier) m.sense();
        if (mod.marker()) return Optional.empty();
        return Optional.of(List.of(m.section(), m.section().grammar().kind(mod.value())));
    }

    /**
     * Another line of this item said with the item left out ("three tacos de lengua and two de cabeza", "a pepperoni
     * pie and one with mushrooms"): the other's count, this line's details but those of a kind the other says again,
     * then the other's details.
     */
    Group elided(Group other) {
        Set<Object> replaced = other.kinds();
        List<Piece> out = new ArrayList<>();
        out.add(new Piece.Number(other.leadingCount()));
        for (Piece p : pieces) {
            // the count is the other's; words nothing explains stay with the line they were said in
            if (p instanceof Piece.Number || p instanceof Piece.Word) continue;
            if (p instanceof Piece.Phrase ph && p != anchorPiece()
                    && ph.match().entry().meanings().stream().anyMatch(m -> kindOf(m).map(replaced::contains).orElse(false))) continue;
            out.add(p);
        }
        boolean countDropped = false;
        for (Piece p : other.pieces) {
            if (!countDropped && p instanceof Piece.Number) { countDropped = true; continue; }
            out.add(p);
        }
        return new Group(out);
    }

    /** The piece that holds the anchor phrase. */
    private Piece anchorPiece() {
        for (Piece p : pieces) {
            if (p instanceof Piece.Phrase ph && ph.match().entry().meanings().contains(anchor)) return p;
        }
        return null;
    }

    /** How many of the item this line is for, as its plugin reads its numbers ("a dozen wings" is one order of 12). */
    int quantity() {
        return mention().request().quantityOrOne();
    }

    /** How many of the item this line is for: its first number, or 1. */
    int count() {
        List<Integer> n = numbers();
        return n.isEmpty() ? 1 : n.get(0);
    }

    /**
     * A share of this line ("two pizzas, one with pineapple"): the same item and details, {@code k} of it, with the
     * share's own details after them.
     */
    Group share(int k, Group details) {
        List<Piece> out = new ArrayList<>();
        out.add(new Piece.Number(k));
        boolean countDropped = false;
        for (Piece p : pieces) {
            if (!countDropped && p instanceof Piece.Number) { countDropped = true; continue; }
            out.add(p);
        }
        if (details != null) {
            boolean shareCountDropped = false;
            for (Piece p : details.pieces) {
                if (!shareCountDropped && p instanceof Piece.Number) { shareCountDropped = true; continue; }
                out.add(p);
            }
        }
        return new Group(out);
    }

    private static final Set<String> NEGATIONS = Set.of("no", "without", "hold", "skip", "minus", "leave");

    /** Every phrase says what is not wanted ("no onion"): such a piece orders nothing new on its own. */
    boolean onlyRefusals() {
        List<Lexicon.Match> phrases = phrases();
        return !phrases.isEmpty() && phrases.stream().allMatch(p -> NEGATIONS.contains(p.entry().words().get(0)));
    }

    /** The words of this piece as the menu spells them, to be said back. */
    String said() {
        List<String> words = new ArrayList<>();
        for (Piece p : pieces) {
            if (p instanceof Piece.Phrase ph) words.add(String.join(" ", ph.match().entry().words()));
            else if (p instanceof Piece.Number n) words.add(String.valueOf(n.value()));
            else if (p instanceof Piece.Word w && !MentionReader.FILLER.contains(w.text())) words.add(w.text());
        }
        return String.join(" ", words);
    }

    /** "a cheeseburger": unknown words after an article are something the caller asked for. */
    Optional<String> refusedWords() {
        List<String> words = new ArrayList<>();
        boolean afterArticle = false;
        for (Piece p : pieces) {
            if (p instanceof Piece.Word w) {
                if (ARTICLES.contains(w.text())) afterArticle = true;
                else if (afterArticle && !MentionReader.FILLER.contains(w.text())) words.add(w.text());
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /** The item this group names, with the modifiers its own section accepts, in spoken order. */
    Mention mention() {
        MenuSection section = anchor.section();
        String item = itemId();
        List<Object> modifiers = new ArrayList<>();
        for (Piece p : pieces) {
            if (!(p instanceof Piece.Phrase ph)) continue;
            for (Lexicon.Meaning m : ph.match().entry().meanings()) {
                if (m.sense() instanceof Sense.Modifier mod && m.section() == section
                        && section.grammar().accepts(item, mod.value())) {
                    modifiers.add(mod.value());
                    break;
                }
            }
        }
        return new Mention(item, section, modifiers, numbers(), generic());
    }
}
