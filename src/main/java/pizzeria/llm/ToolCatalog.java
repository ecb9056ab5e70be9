package pizzeria.llm;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pizzeria.flow.Phase;
import pizzeria.menu.Menu;
import pizzeria.menu.MenuItem;
import pizzeria.menu.Schemas;
import pizzeria.order.Availability;
import pizzeria.order.Question;
import pizzeria.order.Tool;

/**
 * The model's tools for one tenant version, built once: strict JSON schemas whose enums come from the
 * menu (item ids, sizes, every option), so an item that is not on the menu cannot even be expressed.
 * Each turn offers only the tools the current phase allows, in one fixed order.
 */
public final class ToolCatalog {
    private final Map<Tool, JsonObject> definitions = new EnumMap<>(Tool.class);

    private final List<String> itemIds;

    public ToolCatalog(Menu menu) {
        List<String> ids = List.copyOf(menu.items().keySet());
        this.itemIds = ids;
        Set<String> sizes = new LinkedHashSet<>();
        List<Object> optionSchemas = new ArrayList<>();
        for (MenuItem i : menu.items().values()) {
            sizes.addAll(i.sizes());
            if (!optionSchemas.contains(i.optionsSchema())) optionSchemas.add(i.optionsSchema());
        }
        Map<String, Object> options = optionSchemas.size() == 1 ? cast(optionSchemas.get(0)) : Map.of("anyOf", optionSchemas);
        Map<String, Object> item = props("item_id", Schemas.oneOf(ids), "size", Schemas.oneOfOrNull(List.copyOf(sizes)),
                "quantity", Map.of("type", "integer"), "options", options);
        define(Tool.ADD_ITEM, "Add what the caller asked for, with the size and options they said (null or empty when not said).", item);
        define(Tool.REMOVE_ITEM, "Take a line of the cart off (or only some of its quantity).",
                props("line_id", Map.of("type", "integer"), "quantity", Map.of("type", List.of("integer", "null"))));
        define(Tool.CHANGE_ITEM, "Change a line of the cart: only what the caller changed, null or empty otherwise.",
                props("line_id", Map.of("type", "integer"), "size", Schemas.oneOfOrNull(List.copyOf(sizes)),
                        "quantity", Map.of("type", List.of("integer", "null")), "options", options));
        define(Tool.DONE_ORDERING, "The caller has nothing more to order.", props());
        define(Tool.CONFIRM_ORDER, "The caller's answer to the read-back of the order.", props("yes", Map.of("type", "boolean")));
        define(Tool.SET_CUSTOMER_NAME, "The name for the order, as the caller said it.", props("name", Map.of("type", "string")));
        define(Tool.SET_FULFILLMENT, "Pickup, or delivery with the street address and 5-digit zip when said.",
                props("type", Schemas.oneOf(List.of("pickup", "delivery")), "address", Map.of("type", List.of("string", "null")),
                        "zip", Map.of("type", List.of("string", "null"))));
        define(Tool.PLACE_ORDER, "The caller said yes to placing the order as it was just read back.", props());
        define(Tool.CANCEL_ORDER, "The caller wants to cancel the whole order and hang up.", props());
        define(Tool.TRANSFER_TO_STAFF, "The caller wants a person, or the call cannot go on.", props("reason", Map.of("type", "string")));
        define(Tool.REPEAT, "The caller asks to hear the last thing said again.", props());
        List<String> topics = new ArrayList<>();
        for (Question.Topic t : Question.Topic.values()) topics.add(t.name().toLowerCase());
        define(Tool.ANSWER_QUESTION, "The caller asked a question; the answer comes from the restaurant's data, not from you.",
                props("topic", Schemas.oneOf(topics), "item_id", Schemas.oneOfOrNull(ids), "words", Map.of("type", "string")));
    }

    /** The tools of this phase (its own and the global ones), always in the same order. */
    public JsonArray toolsFor(Phase phase) {
        return toolsFor(phase, Availability.NONE);
    }

    /** As above; an item sold out today cannot even be expressed (the desk refuses its toppings and options). */
    public JsonArray toolsFor(Phase phase, Availability soldOut) {
        JsonArray out = new JsonArray();
        for (Tool t : Tool.values()) {
            if (!phase.allows(t)) continue;
            JsonObject d = definitions.get(t);
            if (t == Tool.ADD_ITEM && !soldOut.items().isEmpty()) {
                d = d.copy();
                JsonObject itemId = d.getJsonObject("function").getJsonObject("parameters").getJsonObject("properties").getJsonObject("item_id");
                itemId.put("enum", new JsonArray(itemIds.stream().filter(id -> !soldOut.items().contains(id)).toList()));
            }
            out.add(d);
        }
        return out;
    }

    private void define(Tool tool, String description, Map<String, Object> parameters) {
        definitions.put(tool, new JsonObject().put("type", "function").put("function", new JsonObject()
                .put("name", tool.id()).put("description", description).put("strict", true)
                .put("parameters", new JsonObject(parameters))));
    }

    private static Map<String, Object> props(Object... nameAndSchema) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < nameAndSchema.length; i += 2) p.put((String) nameAndSchema[i], nameAndSchema[i + 1]);
        return Schemas.object(p);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }
}
