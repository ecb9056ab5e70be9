package pizzeria.console;

import static pizzeria.console.Html.esc;

import java.util.List;
import pizzeria.menu.MenuItem;
import pizzeria.menu.MenuSection;
import pizzeria.tenant.ConfigError;
import pizzeria.tenant.Tenant;

/**
 * The menu: an upload of the restaurant's file (its errors shown by line, next to the text, the live menu kept),
 * and the menu as callers hear it described.
 */
final class MenuPage {
    private MenuPage() { }

    static String render(Tenant tenant, String yaml, List<ConfigError> errors, String notice, Sessions.Session s) {
        StringBuilder out = new StringBuilder(Pages.nav(tenant.id(), tenant.name(), s)).append("<main><h1>Menu</h1>");
        if (notice != null) out.append("<p class=\"notice\" role=\"status\">").append(esc(notice)).append("</p>");
        out.append(UploadErrors.render(yaml, errors, "the menu callers hear is unchanged"));
        out.append("<form method=\"post\" action=\"/console/t/").append(esc(tenant.id())).append("/menu\" class=\"menu-upload\">")
                .append(Html.csrf(s.csrf()))
                .append("<label for=\"yaml\">The restaurant's file (YAML)</label>")
                .append("<textarea id=\"yaml\" name=\"yaml\" rows=\"16\" spellcheck=\"false\">").append(esc(yaml == null ? "" : yaml))
                .append("</textarea><button type=\"submit\" id=\"upload\">Upload</button></form>");
        out.append("<section class=\"preview\"><h2>As callers hear it</h2>");
        for (MenuSection section : tenant.menu().sections()) {
            if (section.items().isEmpty()) continue;
            out.append("<h3>").append(esc(section.title())).append("</h3><ul>");
            for (MenuItem item : section.items()) out.append("<li>").append(esc(item.describe())).append("</li>");
            out.append("</ul>");
        }
        return Html.page("Menu · " + tenant.name(), "console.css", null, "", out.append("</section></main>").toString());
    }
}
