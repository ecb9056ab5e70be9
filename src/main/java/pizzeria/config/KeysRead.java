package pizzeria.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The keys each mapping of a document was asked for, by whoever read it (the core or a plugin: both read through
 * {@link ConfigNode}). A key nobody asked for is one no reader knows: a typo such as {@code ready_minute} would
 * otherwise be dropped without a word, and the setting it meant silently left at its default.
 */
final class KeysRead {
    /** A key at most this many edits from a known one is offered as "did you mean" (one or two slips of a finger). */
    private static final int CLOSE = 2;
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(CLOSE);

    /** Mapping node (by identity: equal subtrees are different places) → the keys asked of it. */
    private final Map<JsonNode, Set<String>> asked = new IdentityHashMap<>();

    void asked(JsonNode mapping, String key) {
        if (mapping.isObject()) asked.computeIfAbsent(mapping, m -> new HashSet<>()).add(key);
    }

    /**
     * Reports each key under {@code node} that was not asked for, in every mapping a reader looked into (one it
     * never looked into, such as a section of an unknown plugin, has a problem of its own already).
     */
    void reportUnread(JsonNode node, String path, Problems problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) reportUnread(node.get(i), path + "[" + i + "]", problems);
            return;
        }
        Set<String> known = asked.get(node);
        if (!node.isObject() || known == null) return;
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            String child = path.isEmpty() ? key : path + "." + key;
            if (known.contains(key)) reportUnread(node.get(key), child, problems);
            else problems.add(child, "unknown key '" + key + "'" + closest(key, known, keys).map(k -> "; did you mean '" + k + "'?").orElse(""));
        }
    }

    /** The known key nearest to a misspelt one, among those the mapping lacks. */
    private static Optional<String> closest(String key, Set<String> known, List<String> present) {
        return known.stream().filter(k -> !present.contains(k))
                .map(k -> Map.entry(k, DISTANCE.apply(key, k)))
                .filter(e -> e.getValue() >= 0 && e.getValue() < e.getKey().length())
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }
}
