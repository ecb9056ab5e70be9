package pizzeria.understand;

import java.util.List;

/**
 * What a stretch of speech says about items.
 *
 * @param mentions     items named, in order
 * @param looseGroups  details said without naming an item ("a small", "hot", "two pepperoni slices"): for a
 *                     pending question, a change, or an item they imply
 * @param notOnMenu    the caller's words for things asked for that the menu lacks ("cheeseburger")
 * @param unheard      the caller's words that fit nothing, a phrase per piece of speech: the reading may be
 *                     incomplete, and the caller is told which part was not caught
 * @param held         lines left out of mentions and looseGroups because words inside them fit nothing
 */
record Reading(List<Mention> mentions, List<Loose> looseGroups, List<String> notOnMenu, List<String> unheard,
               List<HeldBack> held) {
    boolean unexplained() {
        return !unheard.isEmpty() || !held.isEmpty();
    }

    /** Details with no item of their own, and the numbers said with them. */
    record Loose(List<Lexicon.Match> phrases, List<Integer> numbers) {
        /** What the phrases can mean as details ("large" may be a pie's size and a soda's). */
        List<Lexicon.Meaning> meanings() {
            return phrases.stream().flatMap(p -> p.entry().meanings().stream())
                    .filter(m -> m.sense() instanceof pizzeria.menu.Sense.Modifier).toList();
        }
    }

    List<Lexicon.Meaning> loose() {
        return looseGroups.stream().flatMap(l -> l.meanings().stream()).toList();
    }

    List<Integer> looseNumbers() {
        return looseGroups.stream().flatMap(l -> l.numbers().stream()).toList();
    }
}
