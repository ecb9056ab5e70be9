package pizzeria.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Judges an order against a scenario's `expect`, with the harness's rules: items compare as a multiset of
 * units; a pie and its mirror image are the same pie; only the listed choices of an item are compared.
 */
public final class Expectations {
    private static final List<String> MONEY = List.of("subtotalCents", "discountCents", "deliveryFeeCents", "taxCents", "totalCents");

    private Expectations() { }

    @SuppressWarnings("unchecked")
    public static List<String> problems(Map<String, Object> expect, JsonObject order) {
        List<String> problems = new ArrayList<>();
        if (expect.containsKey("customerName") && !String.valueOf(expect.get("customerName")).equalsIgnoreCase(
                String.valueOf(order.getString("customerName")).trim())) {
            problems.add("customerName " + order.getString("customerName"));
        }
        if (expect.get("fulfillment") instanceof Map<?, ?> f) {
            JsonObject actual = order.getJsonObject("fulfillment", new JsonObject());
            if (!Objects.equals(f.get("type"), actual.getString("type"))) problems.add("fulfillment " + actual);
            if (f.containsKey("zip") && !Objects.equals(f.get("zip"), actual.getString("zip"))) problems.add("zip " + actual);
            if (f.containsKey("address")) {
                String number = String.valueOf(f.get("address")).split(" ")[0];
                if (!String.valueOf(actual.getString("address")).contains(number)) problems.add("address " + actual);
            }
        }
        for (String k : MONEY) {
            if (expect.containsKey(k) && !Objects.equals(((Number) expect.get(k)).intValue(), order.getInteger(k))) {
                problems.add(k + " " + order.getInteger(k) + " expected " + expect.get(k));
            }
        }
        if (expect.containsKey("deals")) {
            TreeSet<String> want = new TreeSet<>((List<String>) expect.get("deals"));
            TreeSet<String> got = new TreeSet<>();
            order.getJsonArray("deals", new JsonArray()).forEach(d -> got.add(((JsonObject) d).getString("dealId")));
            if (!want.equals(got)) problems.add("deals " + got + " expected " + want);
        }
        if (expect.containsKey("items")) problems.addAll(items((List<Map<String, Object>>) expect.get("items"), order));
        return problems;
    }

    private static List<String> items(List<Map<String, Object>> expected, JsonObject order) {
        List<JsonObject> units = new ArrayList<>();
        for (Object o : order.getJsonArray("items")) {
            JsonObject line = (JsonObject) o;
            for (int i = 0; i < line.getInteger("quantity"); i++) units.add(line);
        }
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> e : expected) {
            int q = ((Number) e.getOrDefault("quantity", 1)).intValue();
            for (int i = 0; i < q; i++) {
                JsonObject match = units.stream().filter(u -> same(e, u)).findFirst().orElse(null);
                if (match == null) problems.add("missing " + e);
                else units.remove(match);
            }
        }
        units.forEach(u -> problems.add("unexpected " + u.encode()));
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static boolean same(Map<String, Object> e, JsonObject line) {
        if (!Objects.equals(e.get("itemId"), line.getString("itemId"))) return false;
        Object size = e.get("size");
        if (!Objects.equals(size == null ? null : String.valueOf(size), line.getString("size"))) return false;
        JsonObject options = line.getJsonObject("options", new JsonObject());
        if (e.containsKey("crust") && !Objects.equals(e.get("crust"), options.getString("crust"))) return false;
        if (options.containsKey("toppings") || e.containsKey("toppings")) {
            List<String> want = toppings((List<Map<String, Object>>) e.getOrDefault("toppings", List.of()), false);
            List<String> mirror = toppings((List<Map<String, Object>>) e.getOrDefault("toppings", List.of()), true);
            List<String> got = new ArrayList<>();
            options.getJsonArray("toppings", new JsonArray()).forEach(t -> got.add(((JsonObject) t).getString("id")
                    + "/" + ((JsonObject) t).getString("placement")));
            got.sort(null);
            if (!got.equals(want) && !got.equals(mirror)) return false;
        }
        Map<String, Object> choices = (Map<String, Object>) e.getOrDefault("choices", Map.of());
        for (var c : choices.entrySet()) if (!Objects.equals(c.getValue(), options.getString(c.getKey()))) return false;
        return true;
    }

    private static List<String> toppings(List<Map<String, Object>> list, boolean mirror) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> t : list) {
            String p = String.valueOf(t.getOrDefault("placement", "whole"));
            if (mirror) p = p.equals("left") ? "right" : p.equals("right") ? "left" : p;
            out.add(t.get("id") + "/" + p);
        }
        out.sort(null);
        return out;
    }
}
