package pizzeria.voice;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When each stage of one turn happened, and how the time splits between the providers and the gateway
 * itself. Nanosecond readings from the call's clock; the wall clock is kept only to print the timestamps.
 */
final class TurnTiming {
    private final CallClock clock;
    private final long wallOffsetNanos;
    long speechEnd;
    long finalTranscript;
    long understood;
    /** Of the time from the final transcript to understanding, what was spent waiting on a language model. */
    long modelWait;
    /** When the reply's synthesis was asked for: at understanding, or earlier while the order was being stored. */
    long synthesisStart;
    long firstByte;
    long firstFrame;
    /** When the order this turn placed was committed (0: the turn placed none). */
    long stored;
    boolean cachedFirstSentence;

    TurnTiming(CallClock clock) {
        this.clock = clock;
        // To print the clock's readings as wall-clock times.
        this.wallOffsetNanos = System.currentTimeMillis() * 1_000_000L - clock.nanoTime();
    }

    /** The call clock's reading now. */
    long now() {
        return clock.nanoTime();
    }

    /** Stage timestamps (epoch ms) and durations (ms), as stored with the turn and exported as metrics. */
    Map<String, Object> record() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("speechEndAt", epochMillis(speechEnd));
        m.put("finalTranscriptAt", epochMillis(finalTranscript));
        m.put("understoodAt", epochMillis(understood));
        m.put("firstByteAt", epochMillis(firstByte));
        m.put("firstFrameAt", epochMillis(firstFrame));
        m.put("sttMs", ms(finalTranscript - speechEnd));
        m.put("understandMs", ms(understood - finalTranscript));
        if (modelWait() != 0) m.put("modelMs", ms(modelWait()));
        m.put("ttsFirstByteMs", ms(firstByte - synthesisStart()));
        m.put("framingMs", ms(firstFrame - firstByte));
        m.put("totalMs", ms(firstFrame - speechEnd));
        m.put("gatewayMs", gatewayMs());
        m.put("cachedFirstSentence", cachedFirstSentence);
        if (stored != 0) m.put("orderStoredMs", ms(stored - finalTranscript));
        return m;
    }

    /** The caller's wait after the final transcript that no provider accounts for: understanding (less any wait on
     *  a language model), storing (where it outlasts the synthesiser's first byte) and framing the first audio. */
    double gatewayMs() {
        return ms(firstFrame - finalTranscript - modelWait() - (firstByte - synthesisStart()));
    }

    /** The model's wait, never more than the understanding it was part of (the two clocks may differ in tests). */
    private long modelWait() {
        return Math.max(0, Math.min(modelWait, understood - finalTranscript));
    }

    private long synthesisStart() {
        return synthesisStart == 0 ? understood : synthesisStart;
    }

    private long epochMillis(long nanos) {
        return (nanos + wallOffsetNanos) / 1_000_000L;
    }

    static double ms(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
