package pizzeria.call;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pizzeria.tenant.Tenant;

/**
 * The text a phone caller gets once the order is placed: from the number they dialled, to the number they
 * called from, the order and its total in a line or two (a text is read on a small screen, like a spoken reply
 * is heard once).
 */
public record Receipt(String from, String to, String text) {

    /** The receipt for this call, or null: only a tenant that asks for receipts texts them, and only to a phone caller. */
    public static Receipt of(Tenant tenant, CallIdentity call, PlacedOrder order) {
        if (!tenant.smsReceipt() || !"phone".equals(call.channel()) || call.from() == null || call.to() == null) return null;
        return new Receipt(call.to(), call.from(), text(tenant.name(), order.view()));
    }

    /** A pizza's toppings by their ids as words ("with pepperoni, mushrooms on half"): what the caller asked for. */
    @SuppressWarnings("unchecked")
    private static String toppings(Map<String, Object> line) {
        Object options = line.get("options");
        if (!(options instanceof Map<?, ?> o) || !(o.get("toppings") instanceof List<?> list) || list.isEmpty()) return "";
        List<String> names = new ArrayList<>();
        for (Object t : list) {
            Map<String, Object> topping = (Map<String, Object>) t;
            String name = String.valueOf(topping.get("id")).replace('-', ' ');
            if ("extra".equals(topping.get("amount"))) name = "extra " + name;
            if ("light".equals(topping.get("amount"))) name = "light " + name;
            Object placement = topping.get("placement");
            names.add("left".equals(placement) || "right".equals(placement) ? name + " on half" : name);
        }
        return " with " + String.join(", ", names);
    }

    @SuppressWarnings("unchecked")
    static String text(String restaurant, Map<String, Object> order) {
        List<String> lines = new ArrayList<>();
        for (Object x : (List<Object>) order.getOrDefault("items", List.of())) {
            Map<String, Object> line = (Map<String, Object>) x;
            String size = (String) line.get("size");
            lines.add(line.get("quantity") + " " + (size == null ? "" : size + " ") + line.get("name") + toppings(line));
        }
        Map<String, Object> fulfillment = (Map<String, Object>) order.get("fulfillment");
        String how = fulfillment != null && "delivery".equals(fulfillment.get("type")) ? "for delivery" : "for pickup";
        return restaurant + ": your order " + how + " is in. " + String.join(", ", lines) + ". Total $"
                + BigDecimal.valueOf(((Number) order.get("totalCents")).longValue(), 2).toPlainString() + ". Thank you!";
    }
}
