package pizzeria.plugin.items;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.MenuItem;
import pizzeria.menu.PricedItem;
import pizzeria.menu.Resolution;
import pizzeria.menu.Schemas;
import pizzeria.spoken.Spoken;

/**
 * An item with one price ({@code price}) or a price per size, and its choice groups. {@code defaultSize} (or
 * null) is taken without asking when the caller names no size.
 */
record SimpleItem(String id, String name, List<String> names, Integer price, Map<String, Integer> sizePrices,
                  Map<String, String> sizeNames, List<ChoiceGroup> choices, String defaultSize, List<String> tags) implements MenuItem {

    @Override
    public List<String> sizes() {
        return List.copyOf(sizePrices.keySet());
    }

    @Override
    public String spokenSize(String size) {
        return sizeNames.getOrDefault(size, size);
    }

    @Override
    public Resolution resolve(ItemRequest request) {
        String size = sizePrices.isEmpty() ? null : request.size();
        if (size == null && sizePrices.size() == 1) size = sizes().get(0);
        if (size == null && defaultSize != null) size = defaultSize;
        List<String> spokenSizes = sizes().stream().map(this::spokenSize).toList();
        if (!sizePrices.isEmpty() && size == null) {
            return new Resolution.Missing("size", "What size " + name + ": " + Spoken.choices(spokenSizes) + "?", sizes(), spokenSizes);
        }
        if (size != null && !sizePrices.containsKey(size)) {
            return new Resolution.Invalid("The " + name + " comes " + Spoken.choices(spokenSizes) + ".");
        }
        Map<String, Object> options = new LinkedHashMap<>();
        int base = size == null ? price : sizePrices.get(size);
        int extras = 0;
        for (String key : request.options().keySet()) {
            if (choices.stream().noneMatch(c -> c.id().equals(key))) return new Resolution.Invalid("The " + name + " has no choice of " + key + ".");
        }
        for (ChoiceGroup g : choices) {
            Object asked = request.options().get(g.id());
            String option = asked == null ? g.defaultOption() : String.valueOf(asked);
            if (option == null && g.required()) {
                List<String> labels = List.copyOf(g.options().values());
                return new Resolution.Missing(g.id(), "What " + g.spokenName() + " would you like for the " + Spoken.withoutThe(name) + ": "
                        + Spoken.choices(labels) + "?", List.copyOf(g.options().keySet()), labels);
            }
            if (option == null) continue;
            if (!g.options().containsKey(option)) {
                return new Resolution.Invalid("Sorry, the " + Spoken.withoutThe(name) + " doesn't come with " + option.replace('-', ' ') + ".");
            }
            options.put(g.id(), option);
            extras += g.extra(option);
        }
        return new Resolution.Priced(new PricedItem(id, name, size, options, base, base + extras));
    }

    @Override
    public String speak(PricedItem item, int quantity) {
        String sized = item.size() == null ? "" : spokenSize(item.size()) + " ";
        boolean plural = name.endsWith("s");
        String noun;
        // "twelve piece wings" needs no article; "a dozen garlic knots" does
        boolean counted = !sized.isEmpty() && sized.matches("(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                + "fifteen|twenty|thirty|forty|fifty)[ -].*");
        if (quantity == 1 && counted) noun = sized + name;
        else if (quantity == 1) noun = sized.isEmpty() && plural ? "an order of " + name : Spoken.article(sized + name) + " " + sized + name;
        else noun = Spoken.number(quantity) + " " + (sized.isEmpty() && plural ? "orders of " + name : sized + plural(name));
        List<String> said = new ArrayList<>();
        for (ChoiceGroup g : choices) {
            Object o = item.options().get(g.id());
            if (o != null && !o.equals(g.defaultOption())) said.add(g.options().get(String.valueOf(o)));
        }
        return said.isEmpty() ? noun : noun + ", " + Spoken.list(said);
    }

    /** "Can of Soda" → "Cans of Soda"; "Calzone" → "Calzones". */
    private static String plural(String name) {
        if (name.endsWith("s")) return name;
        int of = name.indexOf(" of ");
        if (of > 0) return name.substring(0, of) + "s" + name.substring(of);
        return name + "s";
    }

    @Override
    public Map<String, Object> optionsSchema() {
        Map<String, Object> props = new LinkedHashMap<>();
        for (ChoiceGroup g : choices) props.put(g.id(), Schemas.oneOfOrNull(List.copyOf(g.options().keySet())));
        return Schemas.object(props);
    }

    @Override
    public String describe() {
        List<String> prices = new ArrayList<>();
        if (price != null) prices.add(Spoken.money(price));
        sizePrices.forEach((s, c) -> prices.add(spokenSize(s) + " " + Spoken.money(c)));
        StringBuilder out = new StringBuilder(name + " (" + String.join(", ", prices) + ")");
        for (ChoiceGroup g : choices) {
            out.append("; ").append(g.spokenName()).append(g.required() ? "" : " (optional)").append(": ")
                    .append(Spoken.choices(List.copyOf(g.options().values())));
        }
        return out.toString();
    }
}
