package pizzeria.tenant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import pizzeria.menu.MenuPlugin;

/**
 * Every menu plugin the gateway knows: the built-in ones on its class path, and each jar in the plugins
 * folder in a class loader of its own. A jar that provides no plugin, or two plugins with one id, stop
 * the start: a tenant silently missing its menu would be worse.
 */
public final class PluginCatalog {
    private final Map<String, MenuPlugin> plugins;

    private PluginCatalog(Map<String, MenuPlugin> plugins) {
        this.plugins = Map.copyOf(plugins);
    }

    public static PluginCatalog load(Path pluginsDir) {
        Map<String, MenuPlugin> found = new TreeMap<>();
        for (MenuPlugin p : ServiceLoader.load(MenuPlugin.class, PluginCatalog.class.getClassLoader())) add(found, p, "the class path");
        for (Path jar : jars(pluginsDir)) {
            ClassLoader loader = new URLClassLoader(new URL[]{url(jar)}, PluginCatalog.class.getClassLoader());
            List<MenuPlugin> inJar = ServiceLoader.load(MenuPlugin.class, loader).stream()
                    .filter(p -> p.type().getClassLoader() == loader).map(ServiceLoader.Provider::get).toList();
            if (inJar.isEmpty()) throw new IllegalStateException(jar + " provides no " + MenuPlugin.class.getName());
            inJar.forEach(p -> add(found, p, jar.toString()));
        }
        return new PluginCatalog(found);
    }

    private static void add(Map<String, MenuPlugin> found, MenuPlugin plugin, String from) {
        MenuPlugin before = found.putIfAbsent(plugin.id(), plugin);
        if (before != null && before.getClass() != plugin.getClass()) {
            throw new IllegalStateException("two plugins are called '" + plugin.id() + "': "
                    + before.getClass().getName() + " and " + plugin.getClass().getName() + " from " + from);
        }
    }

    private static List<Path> jars(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Optional<MenuPlugin> get(String id) {
        return Optional.ofNullable(plugins.get(id));
    }

    public Set<String> ids() {
        return plugins.keySet();
    }
}
