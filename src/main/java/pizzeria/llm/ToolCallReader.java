package pizzeria.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pizzeria.flow.Phase;
import pizzeria.menu.ItemRequest;
import pizzeria.order.Fulfillment;
import pizzeria.order.LineTarget;
import pizzeria.order.Question;
import pizzeria.order.Tool;
import pizzeria.order.ToolCall;

/**
 * Checks a model's tool call before anything acts on it: a tool the phase does not allow, a name we do
 * not know, or arguments that are not what the schema says are refused here. What survives still goes
 * through the order desk, which checks it against the menu.
 */
public final class ToolCallReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolCallReader() { }

    public static Optional<ToolCall> read(RawToolCall raw, Phase phase) {
        Optional<Tool> tool = Tool.byId(raw.name());
        if (tool.isEmpty() || !phase.allows(tool.get())) return Optional.empty();
        try {
            JsonNode a = JSON.readTree(raw.arguments() == null || raw.arguments().isBlank() ? "{}" : raw.arguments());
            if (!a.isObject()) return Optional.empty();
            return Optional.ofNullable(call(tool.get(), a));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static ToolCall call(Tool tool, JsonNode a) {
        switch (tool) {
            case ADD_ITEM:
                return text(a, "item_id") == null ? null : new ToolCall.AddItem(request(a, text(a, "item_id")));
            case REMOVE_ITEM:
                return new ToolCall.RemoveItem(a.path("quantity").isInt()
                        ? new LineTarget(a.path("line_id").asInt(), new ItemRequest(null, null, a.path("quantity").asInt(), Map.of()))
                        : LineTarget.line(required(a, "line_id").asInt()));
            case CHANGE_ITEM:
                return new ToolCall.ChangeItem(LineTarget.line(required(a, "line_id").asInt()), request(a, null));
            case DONE_ORDERING:
                return new ToolCall.DoneOrdering();
            case CONFIRM_ORDER:
                return new ToolCall.ConfirmOrder(required(a, "yes").asBoolean());
            case SET_CUSTOMER_NAME:
                return new ToolCall.SetCustomerName(text(a, "name"));
            case SET_FULFILLMENT:
                return new ToolCall.SetFulfillment("delivery".equals(text(a, "type")) ? Fulfillment.Type.DELIVERY : Fulfillment.Type.PICKUP,
                        text(a, "address"), text(a, "zip"));
            case PLACE_ORDER:
                return new ToolCall.PlaceOrder();
            case CANCEL_ORDER:
                return new ToolCall.CancelOrder();
            case TRANSFER_TO_STAFF:
                return new ToolCall.TransferToStaff(text(a, "reason"));
            case REPEAT:
                return new ToolCall.Repeat();
            case ANSWER_QUESTION:
                String item = text(a, "item_id");
                return new ToolCall.AnswerQuestion(new Question(Question.Topic.valueOf(text(a, "topic").toUpperCase()),
                        item == null ? null : ItemRequest.of(item), String.valueOf(text(a, "words"))));
            default:
                return null;
        }
    }

    /** Size, quantity and options as said; nulls and empty lists mean "not said" and are left out. */
    private static ItemRequest request(JsonNode a, String itemId) {
        Map<String, Object> options = new LinkedHashMap<>();
        a.path("options").fields().forEachRemaining(e -> {
            Object v = plain(e.getValue());
            if (v != null && !(v instanceof List<?> l && l.isEmpty())) options.put(e.getKey(), v);
        });
        Integer quantity = a.path("quantity").isInt() ? a.path("quantity").asInt() : null;
        return new ItemRequest(itemId, text(a, "size"), quantity, options);
    }

    private static Object plain(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return null;
        if (n.isTextual()) return n.asText();
        if (n.isNumber()) return n.numberValue();
        if (n.isBoolean()) return n.asBoolean();
        if (n.isArray()) {
            List<Object> out = new ArrayList<>();
            n.forEach(x -> out.add(plain(x)));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> out.put(e.getKey(), plain(e.getValue())));
        return out;
    }

    private static String text(JsonNode a, String field) {
        JsonNode n = a.path(field);
        return n.isTextual() ? n.asText() : null;
    }

    private static JsonNode required(JsonNode a, String field) {
        JsonNode n = a.path(field);
        if (n.isMissingNode() || n.isNull()) throw new IllegalArgumentException(field + " is required");
        return n;
    }
}
