package pizzeria.console;

import static pizzeria.console.Html.esc;

import io.vertx.core.json.JsonObject;
import java.util.List;
import pizzeria.tenant.Tenant;

/** The calls, newest first, and one call: its transcript with each answer's stage latencies, and what it cost. */
final class CallsPage {
    private CallsPage() { }

    static String list(Tenant tenant, List<JsonObject> calls, Sessions.Session s) {
        StringBuilder out = new StringBuilder(Pages.nav(tenant.id(), tenant.name(), s)).append("<main><h1>Calls</h1>");
        if (calls.isEmpty()) out.append("<p class=\"hint\">No calls yet.</p>");
        out.append("<table class=\"calls\"><thead><tr><th>Started</th><th>From</th><th>Outcome</th><th>Seconds</th><th>Cost</th></tr></thead><tbody>");
        for (JsonObject c : calls) {
            out.append("<tr><td><a href=\"/console/t/").append(esc(tenant.id())).append("/calls/").append(esc(c.getString("id")))
                    .append("\">").append(esc(c.getString("started"))).append("</a></td><td>").append(esc(c.getString("from")))
                    .append("</td><td>").append(esc(c.getString("outcome"))).append("</td><td>").append(esc(c.getValue("durationSeconds")))
                    .append("</td><td>").append(c.getDouble("costTotal") == null ? "" : esc(String.format("$%.4f", c.getDouble("costTotal"))))
                    .append("</td></tr>");
        }
        return Html.page("Calls · " + tenant.name(), "console.css", null, "", out.append("</tbody></table></main>").toString());
    }

    static String one(Tenant tenant, JsonObject call, Sessions.Session s) {
        StringBuilder out = new StringBuilder(Pages.nav(tenant.id(), tenant.name(), s)).append("<main><h1>Call from ")
                .append(esc(call.getString("from"))).append("</h1><p>").append(esc(call.getString("startedAt"))).append(" · ")
                .append(esc(call.getString("outcome"))).append("</p><ol class=\"transcript\">");
        for (Object o : call.getJsonArray("turns", new io.vertx.core.json.JsonArray())) {
            JsonObject t = (JsonObject) o;
            out.append("<li class=\"").append("agent".equals(t.getString("speaker")) ? "agent" : "caller").append("\"><b>")
                    .append(esc(t.getString("speaker"))).append("</b> ").append(esc(t.getString("text")));
            JsonObject latency = t.getJsonObject("latency");
            if (latency != null) {
                out.append("<span class=\"latency\">");
                for (String stage : List.of("sttMs", "gatewayMs", "ttsFirstByteMs")) {
                    if (latency.getValue(stage) != null) out.append(esc(stage)).append(' ').append(esc(latency.getValue(stage))).append(" ms ");
                }
                out.append("</span>");
            }
            out.append("</li>");
        }
        out.append("</ol><h2>Cost</h2><pre class=\"cost\">").append(esc(call.getJsonObject("cost") == null ? "none recorded"
                : call.getJsonObject("cost").encodePrettily())).append("</pre>");
        return Html.page("Call · " + tenant.name(), "console.css", null, "", out.append("</main>").toString());
    }
}
