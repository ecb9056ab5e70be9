package pizzeria.tenancy;

import pizzeria.tenant.PluginCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import pizzeria.menu.MenuPlugin;
import pizzeria.tenancy.PluginJars;

/**
 * Finds the menu plugins: the built-in ones on the class path, and each jar in the plugins folder in a
 * class loader of its own. A jar that provides no plugin stops the start: a tenant silently missing its
 * menu would be worse.
 */
public final class PluginJars {
    private PluginJars() { }

    public static PluginCatalog load(Path pluginsDir) {
        List<PluginCatalog.Found> found = new ArrayList<>();
        for (MenuPlugin p : ServiceLoader.load(MenuPlugin.class, PluginJars.class.getClassLoader())) {
            found.add(new PluginCatalog.Found(p, "the class path"));
        }
        for (Path jar : jars(pluginsDir)) {
            ClassLoader loader = new URLClassLoader(new URL[]{url(jar)}, PluginJars.class.getClassLoader());
            List<MenuPlugin> inJar = ServiceLoader.load(MenuPlugin.class, loader).stream()
                    .filter(p -> p.type().getClassLoader() == loader).map(ServiceLoader.Provider::get).toList();
            if (inJar.isEmpty()) throw new IllegalStateException(jar + " provides no " + MenuPlugin.class.getName());
            inJar.forEach(p -> found.add(new PluginCatalog.Found(p, jar.toString())));
        }
        return PluginCatalog.of(found);
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
}
