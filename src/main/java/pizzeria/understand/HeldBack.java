package pizzeria.understand;

/**
 * A line not added because words that could change it were not understood ("three medium hamburger pizzas" on a
 * menu without hamburger): the caller is asked to say it again rather than getting a guess.
 *
 * @param words  the caller's words that were not understood, as heard
 * @param itemId the item the line was about, or null when no item was named
 */
public record HeldBack(String words, String itemId) { }
