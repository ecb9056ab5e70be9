package pizzeria.understand;

/** One word of an utterance; a number said in words or digits is one token with its value. */
public record Token(String text, Integer number) {
    public boolean isNumber() { return number != null; }

    public boolean isBoundary() { return Words.BOUNDARIES.contains(text); }
}
