package pizzeria.menu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for strict JSON schemas (as plain maps), so plugins describe options the same way. */
public final class Schemas {
    private Schemas() { }

    /** An object whose properties are all required and nothing else allowed: what strict mode demands. */
    public static Map<String, Object> object(Map<String, Object> properties) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        s.put("properties", properties);
        s.put("required", List.copyOf(properties.keySet()));
        s.put("additionalProperties", false);
        return s;
    }

    public static Map<String, Object> oneOf(List<String> values) {
        return Map.of("type", "string", "enum", List.copyOf(values));
    }

    /** One of the values, or null when the caller did not say. */
    public static Map<String, Object> oneOfOrNull(List<String> values) {
        List<Object> e = new ArrayList<>(values);
        e.add(null);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", List.of("string", "null"));
        s.put("enum", e);
        return s;
    }

    public static Map<String, Object> arrayOf(Map<String, Object> items) {
        return Map.of("type", "array", "items", items);
    }
}
