package pizzeria.tenant;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The line of every path of a YAML document ("menu[0].pizzas[2].price_cents" → 57), so problems found
 * on the parsed tree can name the line an author must fix.
 */
final class LineMap {
    private final Map<String, Integer> lines = new HashMap<>();

    static LineMap of(String yaml) {
        LineMap map = new LineMap();
        Node root;
        try {
            root = new Yaml().compose(new StringReader(yaml));
        } catch (RuntimeException e) {
            return map;   // what Jackson read but SnakeYAML's composer refuses (an unknown alias): lines unknown
        }
        if (root == null) return map;
        // A key missing at the top is reported where the document's mapping begins, not on a comment above it.
        map.lines.put("", root.getStartMark().getLine() + 1);
        map.walk(root, "");
        return map;
    }

    private void walk(Node node, String path) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) continue;
                String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                lines.put(child, key.getStartMark().getLine() + 1);
                walk(t.getValueNode(), child);
            }
        } else if (node instanceof SequenceNode s) {
            for (int i = 0; i < s.getValue().size(); i++) {
                Node e = s.getValue().get(i);
                String child = path + "[" + i + "]";
                lines.put(child, e.getStartMark().getLine() + 1);
                walk(e, child);
            }
        }
    }

    /** The line of the path, or of its nearest ancestor that has one: a missing key, the line of the mapping that lacks it. */
    int lineOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) return line;
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return lines.getOrDefault("", 0);
    }
}
