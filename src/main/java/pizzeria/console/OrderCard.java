package pizzeria.console;

import static pizzeria.console.Html.esc;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pizzeria.order.KitchenStatus;

/** One order on the board: who, when, what, the total, its status and a button for each next legal step. */
final class OrderCard {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private OrderCard() { }

    static String render(String tenantId, JsonObject order, String csrf, ZoneId zone) {
        String id = order.getString("orderId", "");
        String status = order.getString("status", "");
        JsonObject fulfillment = order.getJsonObject("fulfillment", new JsonObject());
        StringBuilder out = new StringBuilder();
        out.append("<article class=\"order status-").append(esc(status)).append("\" id=\"order-").append(esc(id))
                .append("\" data-order-id=\"").append(esc(id)).append("\" data-status=\"").append(esc(status)).append("\">");
        out.append("<header><h2>").append(esc(order.getString("customerName", "(no name)"))).append("</h2>")
                .append("<span class=\"badge\">").append(esc(label(status))).append("</span></header>");
        out.append("<p class=\"meta\">").append(esc(placedAt(order, zone))).append(" · ")
                .append(esc(fulfillment.getString("type", ""))).append(address(fulfillment))
                .append(" · <span class=\"phone\">").append(esc(order.getString("callerPhone", ""))).append("</span></p>");
        out.append(items(order));
        out.append("<p class=\"total\">Total <strong>").append(esc(Html.money(order.getLong("totalCents", 0L)))).append("</strong></p>");
        if (order.getString("rejectReason") != null) {
            out.append("<p class=\"reason\">").append(esc(order.getString("rejectReason"))).append("</p>");
        }
        out.append("<div class=\"actions\">").append(buttons(tenantId, id, status, fulfillment, csrf))
                .append("<a class=\"ticket\" href=\"/console/t/").append(esc(tenantId)).append("/orders/").append(esc(id))
                .append("/ticket\">Ticket</a></div></article>");
        return out.toString();
    }

    static String items(JsonObject order) {
        StringBuilder out = new StringBuilder("<ul class=\"items\">");
        for (Object o : order.getJsonArray("items", new JsonArray())) {
            if (!(o instanceof JsonObject line)) continue;
            out.append("<li><span class=\"qty\">").append(esc(line.getValue("quantity", 1))).append(" ×</span> ")
                    .append(esc(line.getString("size") == null ? "" : line.getString("size") + " "))
                    .append(esc(line.getString("name", line.getString("itemId", ""))));
            String options = options(line.getValue("options"));
            if (!options.isEmpty()) out.append("<span class=\"options\">").append(esc(options)).append("</span>");
            out.append("</li>");
        }
        return out.append("</ul>").toString();
    }

    /** The options as the kitchen reads them: "toppings: mushrooms, onions; crust: thin". */
    static String options(Object options) {
        if (!(options instanceof JsonObject o)) return "";
        List<String> parts = new ArrayList<>();
        for (String key : o.fieldNames()) {
            Object v = o.getValue(key);
            if (v == null || Boolean.FALSE.equals(v)) continue;
            if (v instanceof JsonArray a) {
                if (a.isEmpty()) continue;
                List<String> names = new ArrayList<>();
                a.forEach(x -> names.add(x instanceof JsonObject j ? choice(j) : String.valueOf(x)));
                parts.add(key + ": " + String.join(", ", names));
            } else if (Boolean.TRUE.equals(v)) parts.add(key);
            else parts.add(key + ": " + (v instanceof JsonObject j ? choice(j) : v));
        }
        return String.join("; ", parts);
    }

    /** A structured choice as the kitchen says it: {"id": "pepperoni", "placement": "left"} is "pepperoni (left)". */
    static String choice(JsonObject j) {
        String name = j.getValue("name") instanceof String n ? n : j.getValue("id") instanceof String i ? i : null;
        List<String> details = new ArrayList<>();
        for (String key : j.fieldNames()) {
            if (key.equals("id") || key.equals("name")) continue;
            Object v = j.getValue(key);
            if (v == null || "whole".equals(v) || Boolean.FALSE.equals(v) || v instanceof JsonObject || v instanceof JsonArray) continue;
            details.add(Boolean.TRUE.equals(v) ? key : String.valueOf(v));
        }
        if (name == null) return j.encode();
        return details.isEmpty() ? name : name + " (" + String.join(", ", details) + ")";
    }

    static String address(JsonObject fulfillment) {
        String a = fulfillment.getString("address");
        return a == null ? "" : " to " + esc(a) + (fulfillment.getString("zip") == null ? "" : " " + esc(fulfillment.getString("zip")));
    }

    static String placedAt(JsonObject order, ZoneId zone) {
        JsonArray history = order.getJsonArray("statusHistory", new JsonArray());
        if (history.isEmpty()) return "";
        try {
            return TIME.format(Instant.parse(history.getJsonObject(0).getString("at")).atZone(zone));
        } catch (RuntimeException e) {
            return "";
        }
    }

    static String label(String status) {
        return status.replace('_', ' ');
    }

    private static String buttons(String tenantId, String orderId, String status, JsonObject fulfillment, String csrf) {
        Optional<KitchenStatus> from = KitchenStatus.of(status);
        if (from.isEmpty()) return "";
        boolean delivery = "delivery".equals(fulfillment.getString("type"));
        StringBuilder out = new StringBuilder();
        for (KitchenStatus to : KitchenStatus.values()) {
            if (!from.get().mayBecome(to, delivery)) continue;
            out.append("<form method=\"post\" action=\"/console/t/").append(esc(tenantId)).append("/orders/").append(esc(orderId))
                    .append("/status\">").append(Html.csrf(csrf))
                    .append("<input type=\"hidden\" name=\"status\" value=\"").append(to.wire()).append("\">")
                    .append(to == KitchenStatus.REJECTED ? "<input name=\"reason\" class=\"reason\" maxlength=\"200\" required"
                            + " placeholder=\"Why?\" aria-label=\"Reason for rejecting\">" : "")
                    .append("<button type=\"submit\" class=\"step step-").append(to.wire()).append("\" data-step=\"").append(to.wire())
                    .append("\">").append(esc(verb(to))).append("</button></form>");
        }
        return out.toString();
    }

    private static String verb(KitchenStatus to) {
        return switch (to) {
            case ACCEPTED -> "Accept";
            case READY -> "Ready";
            case OUT_FOR_DELIVERY -> "Out for delivery";
            case COMPLETED -> "Completed";
            case REJECTED -> "Reject";
            case PLACED -> "Placed";
        };
    }
}
