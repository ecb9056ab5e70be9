package pizzeria.voice;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import pizzeria.flow.PhaseRule;
import pizzeria.tenant.Tenant;

/**
 * Audio of the phrases that never change (greetings, fixed phase prompts, "Anything else?"), synthesised
 * once per tenant version and voice and played from memory after that: no provider wait, no cost.
 */
public final class PhraseCache {
    /** Lines the gateway itself says, word for word, in every tenant. */
    static final List<String> FIXED = List.of("What can I get for you?", "Sorry, I didn't catch that.",
            "Okay, what would you like to change?", "What's the delivery address, with the zip code?", "Are you still there?",
            "Pickup, got it.", "Sure, let me connect you with someone at the restaurant.", "One moment.");

    private final Map<String, byte[]> audio = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> fixedByTenant = new ConcurrentHashMap<>();

    public boolean cacheable(Tenant tenant, String sentence) {
        return fixedByTenant.computeIfAbsent(tenant.id() + "@" + tenant.version(), k -> fixedPhrases(tenant)).contains(sentence);
    }

    public Optional<byte[]> get(Tenant tenant, String sentence) {
        return Optional.ofNullable(audio.get(key(tenant, sentence)));
    }

    public void put(Tenant tenant, String sentence, byte[] mulaw) {
        audio.putIfAbsent(key(tenant, sentence), mulaw);
    }

    public int size() {
        return audio.size();
    }

    private static String key(Tenant tenant, String sentence) {
        return tenant.id() + "@" + tenant.version() + "|" + tenant.voice().ttsVoice() + "|" + sentence;
    }

    private static Set<String> fixedPhrases(Tenant tenant) {
        Set<String> out = new HashSet<>(FIXED);
        out.addAll(Sentences.split(tenant.voice().greeting()));
        for (PhaseRule r : tenant.phases().rules()) {
            for (String s : Sentences.split(r.say())) if (!s.contains("{")) out.add(s);
        }
        return out;
    }
}
