package pizzeria.call;

import java.time.Instant;
import java.util.Map;

/** One line of a call: who spoke, what, in which phase, and facts about the turn (who understood it). */
public record TranscriptLine(String speaker, String text, String phase, Instant at, Map<String, Object> facts) {
    public TranscriptLine {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }
}
