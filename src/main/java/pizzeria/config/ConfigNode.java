package pizzeria.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A node of a parsed YAML document that knows its own path, so that whoever validates it (core or
 * plugin) reports problems that the tenant loader can turn into line numbers.
 */
public final class ConfigNode {
    private final JsonNode node;
    private final String path;
    private final Problems problems;
    /** Shared by every node of one document: which keys its readers asked for. */
    private final KeysRead read;

    public ConfigNode(JsonNode node, String path, Problems problems) {
        this(node, path, problems, new KeysRead());
    }

    private ConfigNode(JsonNode node, String path, Problems problems, KeysRead read) {
        this.node = node == null ? MissingNode.getInstance() : node;
        this.path = path;
        this.problems = problems;
        this.read = read;
    }

    public String path() { return path; }
    public JsonNode json() { return node; }
    public Problems problems() { return problems; }
    public boolean isMissing() { return node.isMissingNode() || node.isNull(); }
    public boolean has(String field) { return !get(field).isMissing(); }
    /** Whether this is a mapping (key: value), as opposed to a list or a scalar. */
    public boolean isMapping() { return node.isObject(); }

    public ConfigNode get(String field) {
        read.asked(node, field);
        return new ConfigNode(node.get(field), path.isEmpty() ? field : path + "." + field, problems, read);
    }

    /** Keys this mapping may have that this reader does not read itself (another part of the gateway does). */
    public void known(String... fields) {
        for (String f : fields) read.asked(node, f);
    }

    /**
     * Once every reader is done: reports each key under this node that none of them asked for ("unknown key
     * 'ready_minute'; did you mean 'ready_minutes'?"), so a misspelt setting is refused, not silently ignored.
     */
    public void reportUnknownKeys() {
        read.reportUnread(node, path, problems);
    }

    public void problem(String message) { problems.add(path, message); }

    /** Elements of a list; reports a problem (and yields nothing) when this is not a list. */
    public List<ConfigNode> elements() {
        List<ConfigNode> out = new ArrayList<>();
        if (isMissing()) return out;
        if (!node.isArray()) { problem("must be a list"); return out; }
        for (int i = 0; i < node.size(); i++) out.add(new ConfigNode(node.get(i), path + "[" + i + "]", problems, read));
        return out;
    }

    /** Entries of a mapping in file order; reports a problem when this is not a mapping. */
    public Map<String, ConfigNode> entries() {
        Map<String, ConfigNode> out = new LinkedHashMap<>();
        if (isMissing()) return out;
        if (!node.isObject()) { problem("must be a mapping"); return out; }
        node.fieldNames().forEachRemaining(k -> out.put(k, get(k)));
        return out;
    }

    public Optional<String> optText() {
        if (isMissing()) return Optional.empty();
        if (!node.isValueNode() || node.isBoolean()) { problem("must be text"); return Optional.empty(); }
        return Optional.of(node.asText());
    }

    public String text() {
        Optional<String> t = optText();
        if (t.isEmpty() && isMissing()) problem("is required");
        return t.orElse("");
    }

    public String text(String field) { return get(field).text(); }
    public Optional<String> optText(String field) { return get(field).optText(); }

    /** A list of texts; a single text is accepted as a list of one. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        if (isMissing()) return out;
        if (node.isValueNode()) { out.add(node.asText()); return out; }
        for (ConfigNode e : elements()) e.optText().ifPresent(out::add);
        return out;
    }

    public List<String> texts(String field) { return get(field).texts(); }

    /** An amount of money in cents: a non-negative integer. */
    public int cents() {
        if (isMissing()) { problem("is required"); return 0; }
        if (!node.isIntegralNumber() || node.asLong() < 0 || node.asLong() > 10_000_000) {
            problem("must be a whole number of cents (0 or more), got " + node.asText());
            return 0;
        }
        return node.asInt();
    }

    public int cents(String field) { return get(field).cents(); }

    public Optional<Integer> optInt(int min, int max) {
        if (isMissing()) return Optional.empty();
        if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
            problem("must be a whole number from " + min + " to " + max);
            return Optional.empty();
        }
        return Optional.of(node.asInt());
    }

    public boolean bool(boolean fallback) {
        if (isMissing()) return fallback;
        if (!node.isBoolean()) { problem("must be true or false"); return fallback; }
        return node.asBoolean();
    }
}
