package pizzeria.console;

import static pizzeria.console.Html.esc;

import io.vertx.core.json.JsonObject;
import java.util.List;
import pizzeria.tenant.Tenant;

/** Today's orders, newest first; board.js keeps it live from the console's order stream. */
final class BoardPage {
    private BoardPage() { }

    static String render(Tenant tenant, List<JsonObject> orders, Sessions.Session s, String notice) {
        StringBuilder cards = new StringBuilder();
        for (JsonObject o : orders) cards.append(OrderCard.render(tenant.id(), o, s.csrf(), tenant.timezone()));
        String body = Pages.nav(tenant.id(), tenant.name(), s) + "<main><h1>Today's orders</h1>"
                + (notice == null ? "" : "<p class=\"error\" role=\"alert\">" + esc(notice) + "</p>")
                + "<p class=\"live\" id=\"live\">Connecting…</p>"
                + "<p class=\"empty\" id=\"empty\"" + (orders.isEmpty() ? "" : " hidden") + ">No orders yet today.</p>"
                + "<section id=\"orders\" class=\"orders\">" + cards + "</section></main>";
        return Html.page("Orders · " + tenant.name(), "console.css", "board.js",
                "data-stream=\"/console/t/" + esc(tenant.id()) + "/stream\" data-chime=\"/console/static/chime.wav\"", body);
    }
}
