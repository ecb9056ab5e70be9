package pizzeria.call;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import pizzeria.understand.UnderstoodBy;

/**
 * One line of a call: who spoke, what, in which phase, and for the agent's lines who understood the turn
 * it answers, how long each stage took (null until the phone reports it) and whether the caller cut it off.
 */
public record TranscriptLine(Party speaker, String text, String phase, Instant at, UnderstoodBy understoodBy,
                             Map<String, Object> latency, boolean interrupted) {
    public TranscriptLine {
        // Kept in the order the stages happened (the stored record lists them so).
        latency = latency == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(latency));
    }

    static TranscriptLine caller(String text, String phase, Instant at) {
        return new TranscriptLine(Party.CALLER, text, phase, at, null, null, false);
    }

    static TranscriptLine agent(String text, String phase, Instant at, UnderstoodBy understoodBy) {
        return new TranscriptLine(Party.AGENT, text, phase, at, understoodBy, null, false);
    }

    TranscriptLine cutTo(String heard) {
        return new TranscriptLine(speaker, heard, phase, at, understoodBy, latency, true);
    }

    TranscriptLine timed(Map<String, Object> stages) {
        return new TranscriptLine(speaker, text, phase, at, understoodBy, stages, interrupted);
    }
}
