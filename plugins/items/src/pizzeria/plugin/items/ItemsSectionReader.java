package pizzeria.plugin.items;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import pizzeria.config.ConfigNode;

/** Reads and checks an items section; every problem is reported on the node it concerns. */
final class ItemsSectionReader {
    private ItemsSectionReader() { }

    static ItemsSection read(ConfigNode node) {
        List<SimpleItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConfigNode i : node.get("items").elements()) {
            SimpleItem item = item(i);
            if (!ids.add(item.id())) i.get("id").problem("item id '" + item.id() + "' is used twice");
            items.add(item);
        }
        if (items.isEmpty()) node.get("items").problem("needs at least one item");
        return new ItemsSection(node.text("section"), items);
    }

    private static SimpleItem item(ConfigNode i) {
        String id = i.text("id");
        if (!id.matches("[a-z0-9-]+")) i.get("id").problem("must be lower-case letters, digits and dashes");
        String name = i.text("name");
        List<String> names = new ArrayList<>(i.texts("names").stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        if (!names.contains(name.toLowerCase(Locale.ROOT))) names.add(name.toLowerCase(Locale.ROOT));
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Integer price = null;
        if (i.has("sizes") == i.has("price_cents")) {
            i.problem("needs either price_cents (one price) or sizes (a price per size), not both or neither");
        }
        if (i.has("price_cents")) price = i.cents("price_cents");
        i.get("sizes").entries().forEach((size, cents) -> sizes.put(size, cents.cents()));
        Map<String, String> sizeNames = new LinkedHashMap<>();
        i.get("size_names").entries().forEach((size, spoken) -> {
            if (!sizes.containsKey(size)) spoken.problem("'" + size + "' is not one of the sizes " + sizes.keySet());
            sizeNames.put(size, spoken.text().toLowerCase(Locale.ROOT));
        });
        List<ChoiceGroup> choices = new ArrayList<>();
        for (ConfigNode c : i.get("choices").elements()) choices.add(choice(c));
        String defaultSize = i.optText("default_size").orElse(null);
        if (defaultSize != null && !sizes.containsKey(defaultSize)) {
            i.get("default_size").problem("'" + defaultSize + "' is not one of the sizes " + sizes.keySet());
        }
        return new SimpleItem(id, name, names, price, sizes, sizeNames, choices, defaultSize,
                i.texts("tags").stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
    }

    private static ChoiceGroup choice(ConfigNode c) {
        String id = c.text("id");
        boolean required = c.get("required").bool(false);
        Map<String, String> options = new LinkedHashMap<>();
        c.get("options").entries().forEach((o, label) -> options.put(o, label.text()));
        if (options.isEmpty()) c.get("options").problem("needs at least one option (id: spoken label)");
        String def = c.optText("default").orElse(null);
        if (def != null && !options.containsKey(def)) c.get("default").problem("'" + def + "' is not one of the options " + options.keySet());
        Map<String, Integer> extras = new LinkedHashMap<>();
        c.get("extra_cents").entries().forEach((o, cents) -> {
            if (!options.containsKey(o)) cents.problem("'" + o + "' is not one of the options " + options.keySet());
            extras.put(o, cents.cents());
        });
        return new ChoiceGroup(id, required, def, options, extras);
    }
}
