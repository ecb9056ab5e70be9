package pizzeria.console;

import static pizzeria.console.Html.esc;

import io.vertx.core.json.JsonObject;
import pizzeria.tenant.Tenant;

/** The kitchen ticket: one order, laid out for an 80 mm receipt printer (ticket.css), big item lines. */
final class TicketPage {
    private TicketPage() { }

    static String render(Tenant tenant, JsonObject order) {
        JsonObject f = order.getJsonObject("fulfillment", new JsonObject());
        String id = order.getString("orderId", "");
        String body = "<div class=\"screen-only\"><button type=\"button\" id=\"print\">Print</button> "
                + "<a href=\"/console/t/" + esc(tenant.id()) + "/board\">Back to the board</a></div>"
                + "<main class=\"ticket\"><h1>" + esc(tenant.name()) + "</h1>"
                + "<p class=\"big\">" + esc(f.getString("type", "").toUpperCase(java.util.Locale.ROOT)) + "</p>"
                + "<p>#" + esc(id.length() > 6 ? id.substring(id.length() - 6) : id) + " · " + esc(OrderCard.placedAt(order, tenant.timezone())) + "</p>"
                + "<p class=\"big\">" + esc(order.getString("customerName", "")) + "</p>"
                + "<p>" + esc(order.getString("callerPhone", "")) + "</p>"
                + (f.getString("address") == null ? "" : "<p class=\"big\">" + esc(f.getString("address")) + " " + esc(f.getString("zip")) + "</p>")
                + "<hr>" + OrderCard.items(order) + "<hr>"
                + "<p class=\"total\">TOTAL " + esc(Html.money(order.getLong("totalCents", 0L))) + "</p>"
                + "<p class=\"status\">" + esc(OrderCard.label(order.getString("status", ""))) + "</p></main>";
        return Html.page("Ticket " + id, "ticket.css", "ticket.js", "", body);
    }
}
