package pizzeria.console;

import static pizzeria.console.Html.esc;

import io.vertx.core.json.JsonObject;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import pizzeria.tenant.ConfigError;
import pizzeria.tenant.Tenant;

/**
 * The operator's page: every restaurant with its state (live and open or closed now, or disabled), a new owner
 * token for one (shown once), disabling one, and onboarding a new one from its file.
 */
final class OperatorPage {
    /** What the last action left to show: a notice, a token just made, a refused onboarding with its text. */
    record Shown(String notice, String tokenFor, String token, String yaml, String newId, List<ConfigError> errors) {
        static final Shown NOTHING = new Shown(null, null, null, null, null, List.of());
        static Shown notice(String notice) { return new Shown(notice, null, null, null, null, List.of()); }
    }

    private OperatorPage() { }

    static String render(List<JsonObject> tenants, Function<String, Optional<Tenant>> live, ZonedDateTime now,
                         Sessions.Session s, Shown shown) {
        StringBuilder out = new StringBuilder("<nav><span class=\"brand\">Operator console</span>")
                .append(Pages.signOut(s)).append("</nav><main><h1>Restaurants</h1>");
        if (shown.notice() != null) out.append("<p class=\"notice\" role=\"status\" id=\"notice\">").append(esc(shown.notice())).append("</p>");
        if (shown.token() != null) {
            out.append("<section class=\"new-token\" role=\"status\"><h2>Owner token for ").append(esc(shown.tokenFor()))
                    .append("</h2><p>Give it to the owner now: it is shown only this once (only its hash is kept).</p>")
                    .append("<p><output id=\"new-token\">").append(esc(shown.token())).append("</output></p></section>");
        }
        out.append("<table class=\"tenants\" id=\"tenants\"><thead><tr><th>Restaurant</th><th>Numbers</th><th>Version</th><th>State</th><th></th></tr></thead><tbody>");
        for (JsonObject t : tenants) {
            String id = t.getString("id");
            Optional<Tenant> running = live.apply(id);
            boolean enabled = t.getBoolean("enabled", false) && running.isPresent();
            String state = !enabled ? "disabled" : running.get().hours().isOpen(now.withZoneSameInstant(running.get().timezone())) ? "live · open now" : "live · closed now";
            out.append("<tr id=\"tenant-").append(esc(id)).append("\" data-state=\"").append(enabled ? "live" : "disabled").append("\"><td>")
                    .append(enabled ? "<a href=\"/console/t/" + esc(id) + "/board\">" + esc(running.get().name()) + "</a>" : esc(id))
                    .append("<br><small>").append(esc(id)).append("</small></td><td data-label=\"Numbers\">")
                    .append(esc(String.join(", ", t.getJsonArray("phoneNumbers").getList()))).append("</td><td data-label=\"Version\">")
                    .append(esc(t.getValue("version"))).append("</td><td class=\"state\">").append(esc(state)).append("</td><td class=\"actions\">");
            if (enabled) {
                out.append("<form method=\"post\" action=\"/console/tenants/").append(esc(id)).append("/token\">").append(Html.csrf(s.csrf()))
                        .append("<button type=\"submit\" class=\"mint\">New owner token</button></form>")
                        .append("<form method=\"post\" action=\"/console/tenants/").append(esc(id)).append("/disable\" class=\"disable\">")
                        .append(Html.csrf(s.csrf())).append("<label><input type=\"checkbox\" name=\"confirm\" value=\"yes\" required> sure</label>")
                        .append("<button type=\"submit\" class=\"danger\">Disable</button></form>");
            } else {
                out.append("<span class=\"hint\">Upload its file below to bring it back.</span>");
            }
            out.append("</td></tr>");
        }
        out.append("</tbody></table>");
        out.append("<h2>Onboard a restaurant</h2>")
                .append(UploadErrors.render(shown.yaml(), shown.errors(), "nothing was onboarded"))
                .append("<form method=\"post\" action=\"/console/tenants\" class=\"onboard\">").append(Html.csrf(s.csrf()))
                .append("<label for=\"new-id\">Its id (the file's <code>id</code>)</label>")
                .append("<input id=\"new-id\" name=\"id\" pattern=\"[a-z0-9-]{2,40}\" required value=\"").append(esc(shown.newId() == null ? "" : shown.newId())).append("\">")
                .append("<label for=\"new-yaml\">Its file (YAML)</label>")
                .append("<textarea id=\"new-yaml\" name=\"yaml\" rows=\"14\" spellcheck=\"false\" required>").append(esc(shown.yaml() == null ? "" : shown.yaml()))
                .append("</textarea><button type=\"submit\" id=\"onboard\">Onboard</button></form>")
                .append("<form method=\"get\" action=\"/console/open\" class=\"open\"><label for=\"tenant\">Open a restaurant's board by id</label>")
                .append("<input id=\"tenant\" name=\"tenant\" required><button type=\"submit\">Open</button></form>");
        return Html.page("Operator console", "console.css", null, "", out.append("</main>").toString());
    }
}
