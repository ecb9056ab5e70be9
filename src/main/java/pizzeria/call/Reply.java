package pizzeria.call;

/**
 * What the agent says after a turn. {@code asks} is true when the reply ends with a question of its own
 * (a missing size, an address) rather than the phase's prompt; {@code readBack} when it spoke the
 * phase prompt that reads the whole order back.
 */
record Reply(String text, boolean asks, boolean readBack) {
}
