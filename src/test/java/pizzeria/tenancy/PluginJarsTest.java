package pizzeria.tenancy;

import pizzeria.tenant.PluginCatalog;
import pizzeria.tenant.TenantParser;
import pizzeria.tenant.ParseResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginJarsTest {
    private static final String SOURCE = """
            package ext;
            import pizzeria.config.ConfigNode;
            import pizzeria.menu.MenuPlugin;
            import pizzeria.menu.MenuSection;
            public class SushiPlugin implements MenuPlugin {
                public String id() { return "sushi"; }
                public MenuSection build(ConfigNode node) {
                    String title = node.text("section");
                    return () -> title;
                }
            }
            """;

    /** Compiles a plugin against the core's classes only, the way an outside author would, and jars it. */
    private static Path buildJar(Path dir, boolean withRegistration) throws Exception {
        Path src = dir.resolve("src/ext/SushiPlugin.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-cp", Path.of("target", "classes").toString(), "-d", classes.toString(), src.toString());
        assertThat(rc).isZero();
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = plugins.resolve("sushi.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("ext/SushiPlugin.class"));
            out.write(Files.readAllBytes(classes.resolve("ext/SushiPlugin.class")));
            if (withRegistration) {
                out.putNextEntry(new JarEntry("META-INF/services/pizzeria.menu.MenuPlugin"));
                ((OutputStream) out).write("ext.SushiPlugin\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        return plugins;
    }

    @Test
    @DisplayName("loads a plugin jar built outside the core, and a tenant can use its sections")
    void outsidePlugin(@TempDir Path dir) throws Exception {
        PluginCatalog catalog = PluginJars.load(buildJar(dir, true));
        assertThat(catalog.ids()).contains("sushi", "pizza", "items", "deals");
        String yaml = Files.readString(Path.of("restaurants", "slice-shack.yaml"))
                .replace("plugins: [pizza, items]", "plugins: [pizza, items, sushi]")
                .replace("menu:\n", "menu:\n  - section: Rolls\n    plugin: sushi\n");
        ParseResult r = new TenantParser(catalog).parse(yaml);
        assertThat(r.errors()).isEmpty();
        assertThat(r.tenant().menu().sections()).extracting(s -> s.title()).contains("Rolls");
    }

    @Test
    @DisplayName("a jar that provides no plugin stops the start, naming the jar")
    void jarWithoutPlugin(@TempDir Path dir) throws Exception {
        Path plugins = buildJar(dir, false);
        assertThatThrownBy(() -> PluginJars.load(plugins)).hasMessageContaining("sushi.jar");
    }
}
