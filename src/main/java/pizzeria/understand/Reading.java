package pizzeria.understand;

import java.util.List;

/**
 * What a stretch of speech says about items.
 *
 * @param mentions       items named, in order
 * @param loose          modifiers said without any item ("a small", "hot"): for a pending question or a change
 * @param looseNumbers   numbers said without any item ("make it three")
 * @param notOnMenu      the caller's words for things asked for that the menu lacks ("cheeseburger")
 * @param unexplained    words that fit nothing: the reading may be incomplete
 */
record Reading(List<Mention> mentions, List<Lexicon.Meaning> loose, List<Integer> looseNumbers,
               List<String> notOnMenu, boolean unexplained) {
    boolean saysNothing() {
        return mentions.isEmpty() && loose.isEmpty() && looseNumbers.isEmpty() && notOnMenu.isEmpty();
    }
}
