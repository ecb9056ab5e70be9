package pizzeria.understand;

/**
 * A line not added because words that could change it were not understood ("three medium hamburger pizzas" on a
 * menu without hamburger): the caller is asked to say it again rather than getting a guess.
 *
 * @param words  the caller's words that were not understood, as heard
 * @param itemId the item the line was about, or null when no item was named
 * @param choices items the words fit equally ("a twelve piece hot": the wings or the boneless wings), to ask between
 */
public record HeldBack(String words, String itemId, java.util.List<String> choices) {
    public HeldBack {
        choices = choices == null ? java.util.List.of() : java.util.List.copyOf(choices);
    }

    public HeldBack(String words, String itemId) {
        this(words, itemId, java.util.List.of());
    }
}
