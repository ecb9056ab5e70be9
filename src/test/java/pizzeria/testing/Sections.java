package pizzeria.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import pizzeria.config.ConfigNode;
import pizzeria.config.Problem;
import pizzeria.config.Problems;
import pizzeria.menu.MenuPlugin;
import pizzeria.menu.MenuSection;

/** Builds one menu section from a YAML snippet, as a plugin test needs it. */
public final class Sections {
    private static final YAMLMapper YAML = new YAMLMapper();

    private Sections() { }

    public record Built(MenuSection section, List<Problem> problems) { }

    public static Built build(MenuPlugin plugin, String yaml) {
        try {
            JsonNode tree = YAML.readTree(yaml);
            Problems problems = new Problems();
            MenuSection section = plugin.build(new ConfigNode(tree, "menu[0]", problems));
            return new Built(section, problems.all());
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
