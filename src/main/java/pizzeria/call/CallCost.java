package pizzeria.call;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import pizzeria.understand.TokenUsage;

/**
 * What one call used of each provider, and what that costs at the price table. Telephony is billed by
 * started minute, as Twilio bills a call leg; phrases played from the cache cost nothing.
 */
public final class CallCost {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private TokenUsage tokens = TokenUsage.NONE;
    private long sttFrames;
    private long ttsCharacters;
    private long cachedCharacters;

    public synchronized void tokens(TokenUsage used) { tokens = tokens.plus(used); }
    /** One 20 ms frame of caller audio sent to the recogniser (billed per second of audio). */
    public synchronized void recognisedFrame() { sttFrames++; }
    public synchronized void synthesised(int characters) { ttsCharacters += characters; }
    public synchronized void playedFromCache(int characters) { cachedCharacters += characters; }

    /** The breakdown in dollars (6 decimals) and the units behind it. */
    public synchronized Map<String, Object> breakdown(PriceTable p, long telephonySeconds) {
        BigDecimal minutes = BigDecimal.valueOf((telephonySeconds + 59) / 60);
        BigDecimal telephony = p.telephonyPerMinute().multiply(minutes);
        BigDecimal stt = p.sttPerMinute().multiply(BigDecimal.valueOf(sttFrames)).divide(BigDecimal.valueOf(50L * 60), 10, RoundingMode.HALF_UP);
        BigDecimal llm = p.inputPerMillion().multiply(BigDecimal.valueOf(tokens.input() - tokens.cached()))
                .add(p.cachedInputPerMillion().multiply(BigDecimal.valueOf(tokens.cached())))
                .add(p.outputPerMillion().multiply(BigDecimal.valueOf(tokens.output()))).divide(MILLION, 10, RoundingMode.HALF_UP);
        BigDecimal tts = p.ttsPerCharacter().multiply(BigDecimal.valueOf(ttsCharacters));
        Map<String, Object> units = new LinkedHashMap<>();
        units.put("telephonyMinutes", minutes.intValue());
        units.put("recognisedSeconds", sttFrames / 50.0);
        units.put("inputTokens", tokens.input());
        units.put("cachedInputTokens", tokens.cached());
        units.put("outputTokens", tokens.output());
        units.put("synthesisedCharacters", ttsCharacters);
        units.put("cachedCharacters", cachedCharacters);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("telephony", usd(telephony));
        out.put("stt", usd(stt));
        out.put("llm", usd(llm));
        out.put("tts", usd(tts));
        out.put("total", usd(telephony.add(stt).add(llm).add(tts)));
        out.put("units", units);
        return out;
    }

    private static double usd(BigDecimal v) {
        return v.setScale(6, RoundingMode.HALF_UP).doubleValue();
    }
}
