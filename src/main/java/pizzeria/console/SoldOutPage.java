package pizzeria.console;

import static pizzeria.console.Html.esc;

import pizzeria.menu.MenuItem;
import pizzeria.menu.MenuSection;
import pizzeria.order.Availability;
import pizzeria.tenant.Tenant;

/** Every item on the menu with a toggle: sold out today, or back on. */
final class SoldOutPage {
    private SoldOutPage() { }

    static String render(Tenant tenant, Availability now, Sessions.Session s, String notice) {
        StringBuilder out = new StringBuilder(Pages.nav(tenant.id(), tenant.name(), s)).append("<main><h1>Sold out today</h1>");
        if (notice != null) out.append("<p class=\"error\" role=\"alert\">").append(esc(notice)).append("</p>");
        out.append("<p class=\"hint\">Marked items are refused at once, also in calls in progress, until closing time.</p>");
        for (MenuSection section : tenant.menu().sections()) {
            if (section.items().isEmpty()) continue;
            out.append("<section class=\"menu-section\"><h2>").append(esc(section.title())).append("</h2><ul class=\"toggles\">");
            for (MenuItem item : section.items()) {
                boolean out86 = now.items().contains(item.id());
                out.append("<li class=\"").append(out86 ? "sold-out" : "available").append("\"><span>").append(esc(item.name()))
                        .append("</span><form method=\"post\" action=\"/console/t/").append(esc(tenant.id())).append("/sold-out\">")
                        .append(Html.csrf(s.csrf()))
                        .append("<input type=\"hidden\" name=\"item\" value=\"").append(esc(item.id())).append("\">")
                        .append("<input type=\"hidden\" name=\"soldOut\" value=\"").append(out86 ? "no" : "yes").append("\">")
                        .append("<button type=\"submit\" class=\"toggle\" id=\"toggle-").append(esc(item.id())).append("\" aria-pressed=\"")
                        .append(out86).append("\">").append(out86 ? "Sold out · put back" : "Available · mark sold out")
                        .append("</button></form></li>");
            }
            out.append("</ul></section>");
        }
        return Html.page("Sold out · " + tenant.name(), "console.css", null, "", out.append("</main>").toString());
    }
}
