package pizzeria.tenant;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import pizzeria.menu.MenuPlugin;

/**
 * Every menu plugin the gateway knows, by id. Two plugins with one id stop the start: a tenant silently
 * getting the wrong menu would be worse. (Finding them on the class path and in jars is the shell's job.)
 */
public final class PluginCatalog {
    /** A plugin and where it was found, for the error that names both of two clashing plugins. */
    public record Found(MenuPlugin plugin, String from) { }

    private final Map<String, MenuPlugin> plugins;

    private PluginCatalog(Map<String, MenuPlugin> plugins) {
        this.plugins = Map.copyOf(plugins);
    }

    public static PluginCatalog of(List<Found> found) {
        Map<String, MenuPlugin> byId = new TreeMap<>();
        for (Found f : found) {
            MenuPlugin before = byId.putIfAbsent(f.plugin().id(), f.plugin());
            if (before != null && before.getClass() != f.plugin().getClass()) {
                throw new IllegalStateException("two plugins are called '" + f.plugin().id() + "': "
                        + before.getClass().getName() + " and " + f.plugin().getClass().getName() + " from " + f.from());
            }
        }
        return new PluginCatalog(byId);
    }

    public Optional<MenuPlugin> get(String id) {
        return Optional.ofNullable(plugins.get(id));
    }

    public Set<String> ids() {
        return plugins.keySet();
    }
}
