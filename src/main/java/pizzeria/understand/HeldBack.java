package pizzeria.understand;

import java.util.List;
import pizzeria.menu.ItemRequest;

/**
 * A line not added because words that could change it were not understood ("three medium hamburger pizzas" on a
 * menu without hamburger): the caller is asked to say it again rather than getting a guess.
 *
 * @param words      the caller's words that were not understood, as heard
 * @param itemId     the item the line was about, or null when no item was named
 * @param candidates the lines the words fit equally ("a twelve piece hot": twelve hot bone-in wings, or twelve hot
 *                   boneless), to ask between; the answer picks one and keeps what was said
 */
public record HeldBack(String words, String itemId, List<ItemRequest> candidates) {
    public HeldBack {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public HeldBack(String words, String itemId) {
        this(words, itemId, List.of());
    }

    /** The items to ask between (none when the line is simply to be said again). */
    public List<String> choices() {
        return candidates.stream().map(ItemRequest::itemId).toList();
    }
}
