package pizzeria.call;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Provider list prices in US dollars (public list prices, November 2026, from shared/spec/PROTOCOLS.md
 * sections 2.4, 3.5, 4.4 and 5); each can be overridden from the environment.
 */
public record PriceTable(BigDecimal telephonyPerMinute, BigDecimal sttPerMinute, BigDecimal inputPerMillion,
                         BigDecimal cachedInputPerMillion, BigDecimal outputPerMillion, BigDecimal ttsPerCharacter) {

    /** Twilio local inbound $0.0085 + Media Streams $0.004 a minute; Deepgram nova-3 $0.0048 a minute;
     *  gpt-4.1-mini $0.40 / $0.10 cached / $1.60 per million tokens; Cartesia about $40 per million characters. */
    public static PriceTable from(Map<String, String> env) {
        return new PriceTable(price(env, "PRICE_TELEPHONY_PER_MIN", "0.0125"), price(env, "PRICE_STT_PER_MIN", "0.0048"),
                price(env, "PRICE_LLM_INPUT_PER_M", "0.40"), price(env, "PRICE_LLM_CACHED_PER_M", "0.10"),
                price(env, "PRICE_LLM_OUTPUT_PER_M", "1.60"), price(env, "PRICE_TTS_PER_CHAR", "0.00004"));
    }

    public static PriceTable defaults() {
        return from(Map.of());
    }

    private static BigDecimal price(Map<String, String> env, String name, String fallback) {
        return new BigDecimal(env.getOrDefault(name, fallback));
    }
}
