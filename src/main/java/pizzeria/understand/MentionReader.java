package pizzeria.understand;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import pizzeria.menu.Sense;

/**
 * Groups the menu phrases of an utterance around the items they describe. Speech is split at "and" and
 * commas; a piece naming no item ("half mushroom", "with ranch") belongs to the item beside it that
 * accepts what it says; a piece naming two items is cut before the second one's quantity.
 */
final class MentionReader {
    /** Words that carry no order content: neither menu words nor things a caller could be refused. */
    static final Set<String> FILLER = Set.copyOf(List.of("a", "an", "the", "of", "with", "some", "please", "order", "orders",
            "um", "uh", "umm", "like", "yeah", "yes", "hi", "hello", "hey", "okay", "ok", "oh", "so", "just", "i",
            "get", "have", "want", "would", "me", "to", "for", "my", "be", "it", "that", "those", "them", "on",
            "in", "too", "well", "actually", "instead", "maybe", "need", "we", "you", "do", "is", "are", "go",
            "add", "put", "make", "thanks", "thank", "also", "then", "can", "could", "one", "ones", "more",
            "another", "extra", "side", "as", "both", "each", "alright", "all", "right", "great", "cool",
            "sure", "what", "about", "how", "guys", "there", "any", "order", "let's", "lets", "think", "'ll",
            // how people carry an order: "i'd try", "i wish to have", "i'll go for", "place an order for ... tonight"
            "try", "trying", "i'll", "ill", "i'd", "id", "i'm", "im", "place", "placing", "wanted", "wanting", "wish",
            "prefer", "love", "will", "guess", "start", "begin", "looking", "ordering", "today", "tonight", "evening",
            "this", "size", "sized", "toppings", "topping", "only", "that's", "which", "has", "have", "includes",
            "include", "including", "it's", "see", "appreciate", "good", "though", "let", "feel", "am", "was", "may",
            // what a kind of thing is called, beside its name ("two dr pepper drinks", "thin crust style"), and the
            // Spanish "of" of dish names ("tacos de lengua")
            "drink", "drinks", "beverage", "beverages", "style", "de", "del", "comes", "definitely", "really",
            // how a sauce is said to go on ("tossed in hot")
            "tossed", "dipped",
            // "the other with ham": a share of one (Group reads it as a count)
            "other",
            // "throw some jalapenos on there", "two of 'em with pepperoni"
            "throw", "toss", "em", "'em"));

    /** Words a caller closes with ("..., thanks a bunch", "cheers man"); any other last word may be part of the order. */
    private static final Set<String> PARTING = Set.of("thanks", "thank", "thx", "bunch", "lot", "cheers", "bye", "goodbye",
            "man", "bro", "buddy", "dude", "sir", "ma'am", "appreciate", "appreciated", "much", "very", "so", "kindly",
            "mate", "friend", "boss", "chief", "brother", "pal", "honey", "hon", "dear", "great", "awesome", "perfect", "nice",
            "good", "fine", "cool", "ok", "okay", "alright", "now", "asap", "quick", "quickly", "fast", "soon", "please",
            "yep", "yeah", "all", "it", "for", "that's", "that", "is", "be", "will", "would", "should", "do", "does", "guys");

    private final Lexicon lexicon;

    MentionReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Reads labelled spans; a cue for which {@code acted} holds was taken as an act and is not read, any other cue
     * is read as its menu phrase, or as its words.
     */
    Reading read(List<Span> spans, Predicate<Span.Said> acted) {
        List<Group> groups = new ArrayList<>();
        for (List<Piece> segment : segments(spans, acted)) groups.addAll(Group.cutAtItems(segment));
        List<Group> anchored = new ArrayList<>();
        List<Group> looseGroups = new ArrayList<>();
        List<String> notOnMenu = new ArrayList<>();
        List<String> unheard = new ArrayList<>();
        // Words that fit nothing, said on after a line without opening one, before more of the order ("with beans
        // and guac and no cheese"): they may be part of that line, so they hold it back like words inside it.
        Map<Group, List<String>> saidOn = new IdentityHashMap<>();
        Map<Group, List<Group>> shares = new IdentityHashMap<>();   // a line of several -> the shares said of it
        Map<Group, Group> sharesOf = new IdentityHashMap<>();       // a share -> its line
        Group lastPlaced = null; // the group the last piece of speech went to
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            // "two larges, one with hamburger and onion and one greektown": a line of several naming no item is shared
            // out by the counts after it, as a named one is; a share may name its own item.
            Group looseLine = lastPlaced == null ? null : lastPlaced.anchor() == null && looseGroups.contains(lastPlaced) ? lastPlaced
                    : sharesOf.containsKey(lastPlaced) && sharesOf.get(lastPlaced).anchor() == null ? sharesOf.get(lastPlaced) : null;
            if (looseLine != null && looseLine.opensLine() && looseLine.count() >= 2 && g.leadingCount() > 0
                    && shared(looseLine, shares) + g.leadingCount() <= looseLine.count()) {
                shares.computeIfAbsent(looseLine, k -> new ArrayList<>()).add(g);
                sharesOf.put(g, looseLine);
                lastPlaced = g;
                continue;
            }
            if (looseLine != null && lastPlaced != looseLine && g.anchor() == null && !g.opensLine() && g.saysSomething()
                    && lexicon.someItemTakesAll(java.util.stream.Stream.concat(lastPlaced.phrases().stream(), g.phrases().stream()).toList())) {
                lastPlaced.absorb(g);
                continue;
            }
            // "two larges, one ...": a count of several naming no item, with a smaller count right after it, is a line to
            // be shared out, not details of the next item named.
            Group before = anchored.isEmpty() ? null : anchored.get(anchored.size() - 1);
            boolean sharesBefore = before != null && (lastPlaced == before || sharesOf.get(lastPlaced) == before)
                    && before.quantity() >= 2 && before.acceptsAll(g);
            if (g.anchor() == null && !sharesBefore && g.saysSomething() && g.leadingCount() >= 2 && i + 1 < groups.size()
                    && groups.get(i + 1).leadingCount() > 0 && groups.get(i + 1).leadingCount() < g.leadingCount()) {
                looseGroups.add(g);
                lastPlaced = g;
                continue;
            }
            if (g.anchor() != null) {
                Group prev = anchored.isEmpty() ? null : anchored.get(anchored.size() - 1);
                // "two large cheese pizzas, one with pineapple and one plain" ("plain" naming the cheese pie): a count
                // naming the shared line's own item again, within what is left of it, is its next share.
                if (prev != null && sharesOf.get(lastPlaced) == prev && g.itemId().equals(prev.itemId()) && g.leadingCount() > 0
                        && shared(prev, shares) + g.leadingCount() <= prev.count()) {
                    Group part = g.withoutItem();
                    shares.get(prev).add(part);
                    sharesOf.put(part, prev);
                    lastPlaced = part;
                    continue;
                }
                // "a large pie with pesto and ham pizza": the generic word again, with no quantity or article
                // to open a line, goes on describing the pie before it.
                if (g.generic() && !g.opensLine() && prev != null && prev == lastPlaced && prev.itemId().equals(g.itemId())) {
                    prev.absorb(g);
                    continue;
                }
                anchored.add(g);
                lastPlaced = g;
                continue;
            }
            if (!g.saysSomething()) {
                g.refusedWords().ifPresent(notOnMenu::add);
                Optional<String> unknown = g.unknownWords();
                // The last piece of all ("..., cheers") is a parting word more often than a detail: told back, not held.
                boolean last = i == groups.size() - 1 && !g.opensWithAQualifier()
                        && unknown.map(w -> java.util.Arrays.stream(w.split(" ")).allMatch(PARTING::contains)).orElse(true);
                if (unknown.isPresent() && g.refusedWords().isEmpty() && !g.opensLine() && lastPlaced != null && !last) {
                    saidOn.computeIfAbsent(lastPlaced, k -> new ArrayList<>()).add(unknown.get());
                } else if (g.refusedWords().isEmpty()) {
                    unknown.ifPresent(unheard::add);
                }
                continue;
            }
            Group prev = anchored.isEmpty() ? null : anchored.get(anchored.size() - 1);
            // "two large pizzas, one with pineapple and jalapenos and one plain": pieces opening with a count and naming
            // no item, right after a line of several, share that line out, each with details of its own.
            if (prev != null && (lastPlaced == prev || sharesOf.containsValue(prev) && sharesOf.containsKey(lastPlaced))
                    && g.leadingCount() > 0 && prev.acceptsAll(g) && !prev.overrides(g)
                    && shared(prev, shares) + g.leadingCount() <= prev.count() && prev.quantity() >= 2) {
                shares.computeIfAbsent(prev, k -> new ArrayList<>()).add(g);
                sharesOf.put(g, prev);
                lastPlaced = g;
                continue;
            }
            // "three tacos de lengua and two de cabeza", "a pepperoni pie and one with mushrooms": a count naming no item,
            // with a detail the line before already has another of, is another line of that item; never the first
            // line changed.
            if (prev != null && lastPlaced == prev && g.leadingCount() > 0 && g.unknownWords().isEmpty() && prev.acceptsAll(g) && prev.overrides(g)) {
                Group line = prev.elided(g);
                anchored.add(line);
                lastPlaced = line;
                continue;
            }
            // "two orders of wings, one lemon pepper and one hot, and both with blue cheese": said of every share
            if (g.distributive() && lastPlaced != null && sharesOf.containsKey(lastPlaced) && sharesOf.get(lastPlaced).anchor() != null
                    && sharesOf.get(lastPlaced).acceptsAll(g)) {
                sharesOf.get(lastPlaced).absorb(g);
                continue;
            }
            if (lastPlaced != null && sharesOf.containsKey(lastPlaced) && !g.opensLine() && sharesOf.get(lastPlaced).anchor() != null
                    && sharesOf.get(lastPlaced).acceptsAll(g)) {
                lastPlaced.absorb(g);
                continue;
            }
            Group next = groups.subList(i + 1, groups.size()).stream().filter(x -> x.anchor() != null).findFirst().orElse(null);
            // "a turkey and a ham, both on wheat": a detail said of both (each, all of them) goes to every line
            // said before it that takes all of it.
            if (g.distributive()) {
                List<Group> takers = anchored.stream().filter(a -> a.acceptsAll(g)).toList();
                if (takers.size() > 1) {
                    takers.forEach(a -> a.absorb(g));
                    lastPlaced = prev;
                    continue;
                }
            }
            // A piece that opens with a quantity or an article starts the next line; otherwise it ends the last one.
            // It joins an item only when that item takes every word of it; "a large pepsi" after the fries is a
            // soda of its own, not large fries. Only when no item of the menu takes it all does it join the item
            // beside it that takes some of it.
            Group first = g.opensLine() ? next : prev;
            Group second = g.opensLine() ? prev : next;
            // "a dozen wings honey barbecue and two ranch": a count of its own, for details some item takes on its own,
            // is a line of its own, never a second count for a line that has one.
            if (second == prev && prev != null && g.leadingCount() > 0 && prev.opensLine() && g.unknownWords().isEmpty()
                    && lexicon.someItemTakesAll(g.phrases())) second = null;
            // "a large pepperoni and a large zorblax pie": details opening a line of their own, that the next line (opened
            // by its own article) already says a kind of, are not that line's.
            if (g.opensLine() && first == next && next != null && next.opensLine() && next.saysAgainASingle(g)) first = null;
            Group target = first != null && first.acceptsAll(g) ? first : second != null && second.acceptsAll(g) ? second : null;
            // "a family margherita and a family pepperoni": a piece opening a line, saying again a kind of detail the line
            // before has, is a line of its own, never a second size for that one.
            if (target != null && target == prev && g.opensLine() && prev.saysAgainASingle(g)) target = null;
            if (target == null && !lexicon.someItemTakesAll(g.phrases())) {
                boolean forward = g.opensLine() && next != null && next.accepts(g);
                target = !forward && prev != null && prev.accepts(g) ? prev : next != null && next.accepts(g) ? next : null;
            }
            Group lastLoose = looseGroups.isEmpty() ? null : looseGroups.get(looseGroups.size() - 1);
            if (target != null && target == prev) { prev.absorb(g); lastPlaced = prev; }
            else if (target != null) target.absorbBefore(g);
            // "a large onion and tuna on thin crust": details of one unnamed item, said in two breaths.
            else if (lastLoose != null && lastLoose == lastPlaced && !g.opensLine() && lexicon.someItemTakesAll(
                    java.util.stream.Stream.concat(lastLoose.phrases().stream(), g.phrases().stream()).toList())) lastLoose.absorb(g);
            // "a large herbivore, no onions": details said on after an item, opening no line of their own, that the item
            // cannot take are no new item (a salad "no onion"): the line is held back and asked about.
            else if (!g.opensLine() && lastPlaced != null && lastPlaced.anchor() != null
                    && (!lexicon.someItemTakesAll(g.phrases()) || g.onlyRefusals())) {
                saidOn.computeIfAbsent(lastPlaced, k -> new ArrayList<>()).add(g.said());
            }
            else { looseGroups.add(g); lastPlaced = g; }
        }
        List<Mention> mentions = new ArrayList<>();
        List<Reading.Loose> loose = new ArrayList<>();
        List<HeldBack> held = new ArrayList<>();
        List<Group> lines = new ArrayList<>();
        for (Group g : anchored) {
            List<Group> parts = shares.get(g);
            if (parts == null) { lines.add(g); continue; }
            for (Group part : parts) {
                Group line = g.share(part.leadingCount(), part);
                lines.add(line);
                if (saidOn.containsKey(part)) saidOn.put(line, saidOn.get(part));
            }
            int rest = g.count() - shared(g, shares);
            if (rest > 0) lines.add(g.share(rest, null));
            if (saidOn.containsKey(g)) lines.subList(lines.size() - 1, lines.size()).forEach(l -> saidOn.put(l, saidOn.get(g)));
        }
        for (Group g : lines) {
            Optional<String> doubt = doubt(g, saidOn);
            if (doubt.isPresent()) held.add(new HeldBack(doubt.get(), g.itemId()));
            else { mentions.add(g.mention()); g.unknownWords().ifPresent(unheard::add); }
        }
        List<Group> looseLines = new ArrayList<>();
        for (Group g : looseGroups) {
            List<Group> parts = shares.get(g);
            if (parts == null) { looseLines.add(g); continue; }
            for (Group part : parts) {
                Group line = g.share(part.leadingCount(), part);
                if (saidOn.containsKey(part)) saidOn.put(line, saidOn.get(part));
                if (line.anchor() == null) { looseLines.add(line); continue; }
                Optional<String> doubt = doubt(line, saidOn);
                if (doubt.isPresent()) held.add(new HeldBack(doubt.get(), line.itemId()));
                else { mentions.add(line.mention()); line.unknownWords().ifPresent(unheard::add); }
            }
            int rest = g.count() - shared(g, shares);
            if (rest > 0) looseLines.add(g.share(rest, null));
        }
        for (Group g : looseLines) {
            Optional<String> doubt = doubt(g, saidOn);
            // "a large works" with "works" not understood: a line opened with no item named, beside words that fit
            // nothing, is most likely that unheard item, not the plain one its details would imply.
            if (doubt.isEmpty() && g.opensLine() && g.refusedWords().isEmpty()) doubt = g.unknownWords();
            if (doubt.isPresent()) held.add(new HeldBack(doubt.get(), null));
            else { loose.add(new Reading.Loose(g.phrases(), g.numbers())); g.unknownWords().ifPresent(unheard::add); }
        }
        return new Reading(mentions, loose, notOnMenu, List.copyOf(unheard), held);
    }

    private static int shared(Group line, Map<Group, List<Group>> shares) {
        return shares.getOrDefault(line, List.of()).stream().mapToInt(Group::leadingCount).sum();
    }

    /** The words that could change this line and fit nothing: inside it, or said on after it. */
    private static Optional<String> doubt(Group g, Map<Group, List<String>> saidOn) {
        List<String> words = new ArrayList<>();
        g.unknownInside().ifPresent(words::add);
        words.addAll(saidOn.getOrDefault(g, List.of()));
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", words));
    }

    private static List<List<Piece>> segments(List<Span> spans, Predicate<Span.Said> acted) {
        List<List<Piece>> out = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        for (Span span : spans) {
            if (span instanceof Span.Menu m) current.add(new Piece.Phrase(m.match()));
            else if (span instanceof Span.Quantity q) current.add(new Piece.Number(q.value()));
            else if (span instanceof Span.Word w) current.add(new Piece.Word(w.text()));
            else if (span instanceof Span.Boundary) {
                if (!current.isEmpty()) out.add(current);
                current = new ArrayList<>();
            } else if (span instanceof Span.Said said && !said.is(Cue.FILLER) && !acted.test(said)) {
                if (said.menu() != null) current.add(new Piece.Phrase(said.menu()));
                else for (String w : said.words()) current.add(w.matches("\\d{1,3}") ? new Piece.Number(Integer.parseInt(w)) : new Piece.Word(w));
            }
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    static boolean isItem(Piece p, boolean generic) {
        return p instanceof Piece.Phrase ph && ph.match().entry().meanings().stream()
                .anyMatch(m -> m.sense() instanceof Sense.Item it && it.generic() == generic);
    }
}
