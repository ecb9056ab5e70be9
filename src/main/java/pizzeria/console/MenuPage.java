package pizzeria.console;

import static pizzeria.console.Html.esc;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        if (!errors.isEmpty()) {
            out.append("<section class=\"upload-errors\" role=\"alert\"><h2>Not uploaded: ").append(errors.size())
                    .append(errors.size() == 1 ? " problem" : " problems").append(" (the menu callers hear is unchanged)</h2><ul>");
            for (ConfigError e : errors) {
                out.append("<li class=\"error\">line ").append(e.line()).append(" (").append(esc(e.path())).append("): ")
                        .append(esc(e.message())).append("</li>");
            }
            out.append("</ul>").append(numbered(yaml, errors)).append("</section>");
        }
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

    /** The uploaded text with line numbers, the lines with a problem marked and their messages beside them. */
    private static String numbered(String yaml, List<ConfigError> errors) {
        Map<Integer, List<ConfigError>> byLine = errors.stream().collect(Collectors.groupingBy(ConfigError::line));
        StringBuilder out = new StringBuilder("<ol class=\"yaml-lines\">");
        String[] lines = yaml == null ? new String[0] : yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            List<ConfigError> here = byLine.getOrDefault(i + 1, List.of());
            out.append("<li").append(here.isEmpty() ? "" : " class=\"bad\" id=\"line-" + (i + 1) + "\"").append("><code>")
                    .append(esc(lines[i])).append("</code>");
            for (ConfigError e : here) out.append("<span class=\"why\">").append(esc(e.message())).append("</span>");
            out.append("</li>");
        }
        return out.append("</ol>").toString();
    }
}
