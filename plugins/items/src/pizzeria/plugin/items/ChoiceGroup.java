package pizzeria.plugin.items;

import java.util.Map;

/** A choice an item asks for: its options (id → spoken label), extra charges, and a default when optional. */
record ChoiceGroup(String id, boolean required, String defaultOption, Map<String, String> options,
                   Map<String, Integer> extraCents) {
    int extra(String option) {
        return extraCents.getOrDefault(option, 0);
    }

    String spokenName() {
        return id.replace('-', ' ');
    }
}
