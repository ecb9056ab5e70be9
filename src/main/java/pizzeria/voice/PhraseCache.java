package pizzeria.voice;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import pizzeria.call.FixedLines;
import pizzeria.call.Sentence;
import pizzeria.tenant.Tenant;

/**
 * Audio of the sentences that never change (greetings, fixed phase prompts, "Anything else?"), synthesised
 * once per tenant version and voice and played from memory after that: no provider wait, no cost. Which
 * sentences those are, the conversation says ({@link Sentence#fixed()}); the tenant's set of them bounds
 * what may be kept.
 */
public final class PhraseCache {
    private final Map<String, byte[]> audio = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> fixedByTenant = new ConcurrentHashMap<>();

    public boolean cacheable(Tenant tenant, Sentence sentence) {
        return sentence.fixed() && fixedByTenant.computeIfAbsent(tenant.id() + "@" + tenant.version(), k -> FixedLines.of(tenant))
                .contains(sentence.text());
    }

    public Optional<byte[]> get(Tenant tenant, Sentence sentence) {
        return Optional.ofNullable(audio.get(key(tenant, sentence.text())));
    }

    public void put(Tenant tenant, Sentence sentence, byte[] mulaw) {
        audio.putIfAbsent(key(tenant, sentence.text()), mulaw);
    }

    public int size() {
        return audio.size();
    }

    private static String key(Tenant tenant, String sentence) {
        return tenant.id() + "@" + tenant.version() + "|" + tenant.voice().ttsVoice() + "|" + sentence;
    }
}
