package pizzeria.call;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the agent says after a turn, sentence by sentence. {@code onceStored} is said only once the order
 * this turn placed is committed ("your order is in"): a voice channel may synthesise it meanwhile but must
 * hold it until then. {@code expecting} is what the caller is asked for next.
 */
public record Reply(List<Sentence> now, List<Sentence> onceStored, Expecting expecting) {
    public Reply {
        now = List.copyOf(now);
        onceStored = List.copyOf(onceStored);
    }

    public static Reply of(List<Sentence> sentences, Expecting expecting) {
        return new Reply(sentences, List.of(), expecting);
    }

    public boolean held() {
        return !onceStored.isEmpty();
    }

    /** Every sentence in the order it is said: what was held follows what was said at once. */
    public List<Sentence> sentences() {
        return Stream.concat(now.stream(), onceStored.stream()).toList();
    }

    public String text() {
        return String.join(" ", sentences().stream().map(Sentence::text).toList());
    }
}
