package pizzeria.tenant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import pizzeria.config.ConfigNode;
import pizzeria.config.Problem;
import pizzeria.config.Problems;
import pizzeria.flow.Condition;
import pizzeria.flow.PhaseMachine;
import pizzeria.flow.PhaseRule;
import pizzeria.order.Tool;

/** Turns a tenant's YAML into a {@link Tenant}, or into every problem with its path and line. Pure. */
public final class TenantParser {
    /** A key given twice is refused, not quietly the last one taken: the author meant one of the two. */
    static final YAMLMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final String DEFAULT_PHASES = defaultPhases();

    private final PluginCatalog plugins;

    public TenantParser(PluginCatalog plugins) {
        this.plugins = plugins;
    }

    public ParseResult parse(String yaml) {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            return new ParseResult(null, List.of(YamlSyntax.error(e, yaml)), null);
        } catch (RuntimeException | IOException e) {
            return new ParseResult(null, List.of(new ConfigError("", 0, "not valid YAML: " + e.getMessage())), null);
        }
        if (tree == null || !tree.isObject()) {
            return new ParseResult(null, List.of(new ConfigError("", 1, "a tenant file is a mapping (id, name, menu...)")), yaml);
        }
        Problems problems = new Problems();
        ConfigNode root = new ConfigNode(tree, "", problems);
        Tenant tenant = new TenantReader(plugins, root).read(phases(root, problems));
        root.reportUnknownKeys();
        if (!problems.isEmpty()) {
            LineMap at = LineMap.of(yaml);
            return new ParseResult(null, problems.all().stream().map(p -> error(p, at)).toList(), yaml);
        }
        return new ParseResult(tenant, List.of(), yaml);
    }

    private static List<PhaseRule> phases(ConfigNode root, Problems problems) {
        if (root.has("phases")) return PhaseRulesReader.read(root.get("phases"));
        JsonNode tree = root.json();
        List<PhaseRule> rules;
        try {
            rules = PhaseRulesReader.read(new ConfigNode(YAML.readTree(DEFAULT_PHASES).get("phases"), "phases", problems));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree.path("fulfillment").has("delivery") ? rules : pickupOnly(rules);
    }

    /**
     * The default conversation of a restaurant that does not deliver: nothing asks "pickup or delivery?" and
     * nothing sets it, so every order starts as pickup (the call does that when no phase sets a fulfillment).
     */
    private static List<PhaseRule> pickupOnly(List<PhaseRule> rules) {
        return rules.stream().filter(r -> !r.doneWhen().contains(Condition.HAS_FULFILLMENT))
                .map(r -> new PhaseRule(r.id(), r.doneWhen(), r.tools().stream().filter(t -> t != Tool.SET_FULFILLMENT)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()), r.say()))
                .toList();
    }

    private static ConfigError error(Problem p, LineMap lines) {
        return new ConfigError(p.path(), lines.lineOf(p.path()), p.message());
    }

    static PhaseMachine machine(List<PhaseRule> rules) {
        return rules.isEmpty() ? null : new PhaseMachine(rules);
    }

    private static String defaultPhases() {
        try (InputStream in = TenantParser.class.getResourceAsStream("default-phases.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
