package pizzeria.menu;

import pizzeria.config.ConfigNode;

/**
 * The service a menu plugin provides (found with {@link java.util.ServiceLoader}). A plugin owns one kind
 * of menu section end to end: it parses and validates the section, and the section it builds prices,
 * speaks and recognises its own items. The core knows plugins only through this interface.
 */
public interface MenuPlugin {
    /** The name tenants use in {@code plugins:} and {@code menu[].plugin}. */
    String id();

    /** Builds a section from its YAML node, reporting every problem on the node (with its path). */
    MenuSection build(ConfigNode section);
}
