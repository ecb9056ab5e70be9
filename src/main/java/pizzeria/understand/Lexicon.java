package pizzeria.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pizzeria.menu.Menu;
import pizzeria.menu.MenuSection;
import pizzeria.menu.Sense;
import pizzeria.menu.Term;

/**
 * Every phrase of a tenant's menu, found in an utterance longest first. Built once per tenant version.
 * A phrase two sections both use ("hot") keeps the meanings of both; the reader picks by context.
 */
final class Lexicon {
    /** A meaning together with the section whose grammar can interpret it. */
    record Meaning(Sense sense, MenuSection section) { }

    record Entry(List<String> words, List<Meaning> meanings) { }

    /** A phrase found at tokens [start, end); {@code exact} when every word was heard as the menu spells it. */
    record Match(int start, int end, Entry entry, boolean exact) { }

    private final Menu menu;
    private final List<Entry> entries;
    private final int longest;
    private final Map<MenuSection, String> genericItems = new LinkedHashMap<>();

    Lexicon(Menu menu) {
        this.menu = menu;
        Map<String, Entry> byPhrase = new LinkedHashMap<>();
        for (MenuSection section : menu.sections()) {
            for (Term term : section.grammar().terms()) {
                List<String> words = Words.tokens(term.phrase()).stream().map(Token::text)
                        .filter(w -> !w.equals(",")).toList();
                // A phrase that is only a number ("dozen" is 12) is heard as the number: the grammar reads it.
                if (words.isEmpty() || words.stream().allMatch(w -> w.matches("\\d+"))) continue;
                Entry e = byPhrase.computeIfAbsent(String.join(" ", words), k -> new Entry(words, new ArrayList<>()));
                for (Sense s : term.senses()) {
                    Meaning meaning = new Meaning(s, section);
                    if (e.meanings().contains(meaning)) continue; // a name and an id can be the same phrase
                    e.meanings().add(meaning);
                    if (s instanceof Sense.Item it && it.generic()) genericItems.putIfAbsent(section, it.itemId());
                }
            }
        }
        // Short names ("guac", "steak" for asada) mean what their long form means, where the menu has no such phrase.
        Map<String, Entry> shortened = new LinkedHashMap<>();
        for (Entry e : byPhrase.values()) {
            List<List<String>> variants = new ArrayList<>(ShortNames.variants(e.words()));
            // "a large works" for "The Works": a name that opens with "the" is said without it after an article or a count.
            if (e.words().size() > 1 && e.words().get(0).equals("the")) variants.add(e.words().subList(1, e.words().size()));
            for (List<String> v : variants) {
                String key = String.join(" ", v);
                if (byPhrase.containsKey(key)) continue;
                Entry s = shortened.computeIfAbsent(key, k -> new Entry(v, new ArrayList<>()));
                for (Meaning m : e.meanings()) if (!s.meanings().contains(m)) s.meanings().add(m);
            }
        }
        byPhrase.putAll(shortened);
        // Everyday names for what the menu calls otherwise ("canadian bacon" for ham), where the menu has no such phrase.
        Synonyms.SAID_FOR.forEach((said, targets) -> {
            String key = String.join(" ", said);
            if (byPhrase.containsKey(key)) return;
            targets.stream().map(t -> byPhrase.get(String.join(" ", t))).filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(e -> byPhrase.put(key, new Entry(said, new ArrayList<>(e.meanings()))));
        });
        this.entries = List.copyOf(byPhrase.values());
        this.longest = entries.stream().mapToInt(e -> e.words().size()).max().orElse(1);
    }

    /** Whether some item of the menu takes every one of these phrases. */
    boolean someItemTakesAll(List<Match> phrases) {
        for (MenuSection section : menu.sections()) {
            for (var item : section.items()) {
                if (phrases.stream().allMatch(p -> takes(section, item.id(), p))) return true;
            }
        }
        return false;
    }

    /** Whether the item takes the phrase in one of its meanings; a marker ("half", "no") is taken by any item. */
    static boolean takes(MenuSection section, String itemId, Match phrase) {
        return phrase.entry().meanings().stream().anyMatch(m -> m.sense() instanceof Sense.Modifier mod
                && (mod.marker() || (m.section() == section && section.grammar().accepts(itemId, mod.value()))));
    }

    /** The item's own name as a phrase found at [start, end): a reference ("one of those") read as the item it means. */
    Match named(String itemId, int start, int end) {
        for (Entry e : entries) {
            if (e.meanings().stream().anyMatch(m -> m.sense() instanceof Sense.Item it && !it.generic() && it.itemId().equals(itemId))) {
                return new Match(start, end, e, true);
            }
        }
        return null;
    }

    /** The section's marker said with these words ("without"), if it has one. */
    java.util.Optional<Meaning> marker(MenuSection section, String words) {
        return entries.stream().filter(e -> String.join(" ", e.words()).equals(words)).flatMap(e -> e.meanings().stream())
                .filter(m -> m.section() == section && m.sense() instanceof Sense.Modifier mod && mod.marker()).findFirst();
    }

    /** The plain item a section's generic words mean ("pie" → the cheese pizza), if it has one. */
    String genericItem(MenuSection section) {
        return genericItems.get(section);
    }

    /** The longest phrase starting at {@code start}, exact matches preferred over near-misses. */
    Match at(List<Token> tokens, int start) {
        Match best = longestAt(tokens, start);
        // "the boardwalk special" where "the boardwalk" and "boardwalk special" are both names: the article gives way to
        // the phrase after it that reaches further
        if (best != null && best.entry().words().get(0).equals("the") && start + 1 < tokens.size()) {
            Match after = longestAt(tokens, start + 1);
            if (after != null && after.end() > best.end()) return null;
        }
        return best;
    }

    private Match longestAt(List<Token> tokens, int start) {
        Match best = null;
        boolean bestExact = false;
        for (Entry e : entries) {
            int n = e.words().size();
            if (start + n > tokens.size() || n > longest) continue;
            boolean exact = true;
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                Token token = tokens.get(start + k);
                String heard = token.text();
                String want = e.words().get(k);
                // "an eight corner" for "8 corner": a number said in words is the number written in the name
                if (token.isNumber() && want.matches("\\d+") && token.number() == Integer.parseInt(want)) continue;
                // "coke's fine": the last word of a phrase with "'s" after it is still that word
                if (k == n - 1 && heard.equals(want + "'s")) { exact = false; continue; }
                if (!heard.equals(want)) {
                    exact = false;
                    ok = FuzzyWord.same(heard, want);
                }
            }
            if (!ok) continue;
            if (best == null || n > best.end() - best.start() || (n == best.end() - best.start() && exact && !bestExact)) {
                best = new Match(start, start + n, e, exact);
                bestExact = exact;
            }
        }
        return best;
    }
}
