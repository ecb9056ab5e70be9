package pizzeria.tenant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pizzeria.config.ConfigNode;
import pizzeria.flow.Condition;
import pizzeria.flow.PhaseRule;
import pizzeria.order.Tool;

/** Reads and checks a tenant's phases: known conditions, tools and template fields, and a sound shape. */
final class PhaseRulesReader {
    static final Set<String> FIELDS = Set.of("cart_summary", "subtotal", "customer_name", "fulfillment_summary",
            "total", "ready_minutes", "restaurant_name", "hours_today");
    private static final Pattern FIELD = Pattern.compile("\\{([^}]*)}");

    private PhaseRulesReader() { }

    static List<PhaseRule> read(ConfigNode phases) {
        List<PhaseRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<ConfigNode> nodes = phases.elements();
        for (ConfigNode p : nodes) {
            String id = p.text("id");
            if (!ids.add(id)) p.get("id").problem("phase '" + id + "' is defined twice");
            List<Condition> done = new ArrayList<>();
            List<ConfigNode> conditions = p.get("done_when").elements();
            for (ConfigNode c : conditions) known(c, Condition::byId, Condition.values()).ifPresent(done::add);
            List<Tool> tools = new ArrayList<>();
            for (ConfigNode t : p.get("tools").elements()) known(t, Tool::byId, Tool.values()).ifPresent(tools::add);
            String say = p.optText("say").orElse("");
            templateFields(p.get("say"), say);
            rules.add(new PhaseRule(id, done, Set.copyOf(tools), say));
        }
        if (rules.isEmpty()) { phases.problem("needs at least one phase"); return rules; }
        for (int i = 0; i < rules.size() - 1; i++) {
            if (rules.get(i).terminal()) nodes.get(i).get("done_when").problem("only the last phase may have no done_when");
        }
        if (!rules.get(rules.size() - 1).terminal()) nodes.get(nodes.size() - 1).problem("the last phase (goodbye) must have no done_when");
        boolean places = rules.stream().anyMatch(r -> r.doneWhen().contains(Condition.ORDER_PLACED) && r.tools().contains(Tool.PLACE_ORDER));
        if (!places) phases.problem("some phase must wait for order_placed and allow place_order");
        return rules;
    }

    private static <T> Optional<T> known(ConfigNode node, java.util.function.Function<String, Optional<T>> byId, Enum<?>[] all) {
        String id = node.text();
        Optional<T> found = byId.apply(id);
        if (found.isEmpty()) {
            node.problem("unknown '" + id + "'; known: " + String.join(", ", Arrays.stream(all)
                    .map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList()));
        }
        return found;
    }

    static void templateFields(ConfigNode node, String template) {
        Matcher m = FIELD.matcher(template);
        while (m.find()) {
            if (!FIELDS.contains(m.group(1))) node.problem("unknown field {" + m.group(1) + "}; known: " + FIELDS);
        }
    }
}
