package pizzeria.voice;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When each stage of one turn happened, and how the time splits between the providers and the gateway
 * itself. Nanosecond readings from one clock; the wall clock is kept only to print the timestamps.
 */
final class TurnTiming {
    private final long wallOffsetNanos = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
    long speechEnd;
    long finalTranscript;
    long understood;
    long firstByte;
    long firstFrame;
    boolean cachedFirstSentence;

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
        m.put("ttsFirstByteMs", ms(firstByte - understood));
        m.put("framingMs", ms(firstFrame - firstByte));
        m.put("totalMs", ms(firstFrame - speechEnd));
        m.put("gatewayMs", gatewayMs());
        m.put("cachedFirstSentence", cachedFirstSentence);
        return m;
    }

    /** Time in our own code between provider events: understanding (local) and framing the first audio. */
    double gatewayMs() {
        return ms(understood - finalTranscript) + ms(firstFrame - firstByte);
    }

    private long epochMillis(long nanos) {
        return (nanos + wallOffsetNanos) / 1_000_000L;
    }

    static double ms(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
