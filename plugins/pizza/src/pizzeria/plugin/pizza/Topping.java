package pizzeria.plugin.pizza;

import java.util.List;
import java.util.Map;

/** A topping and its price on a whole pie of each size; half a pie costs half, rounded up. */
record Topping(String id, List<String> names, Map<String, Integer> wholePieCents) {
    Integer centsOn(String size, String placement) {
        Integer whole = wholePieCents.get(size);
        if (whole == null) return null;
        return "whole".equals(placement) ? whole : (whole + 1) / 2;
    }

    String spokenName() {
        return names.isEmpty() ? id.replace('-', ' ') : names.get(0);
    }
}
