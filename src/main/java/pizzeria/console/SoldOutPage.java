package pizzeria.console;

import static pizzeria.console.Html.esc;

import java.util.List;
import java.util.Map;
import pizzeria.menu.MenuItem;
import pizzeria.menu.MenuSection;
import pizzeria.order.Availability;
import pizzeria.tenant.Tenant;

/** Every item on the menu, then every topping and option that can run out on its own, each with a toggle. */
final class SoldOutPage {
    private SoldOutPage() { }

    static String render(Tenant tenant, Availability now, Sessions.Session s, String notice) {
        StringBuilder out = new StringBuilder(Pages.nav(tenant.id(), tenant.name(), s)).append("<main><h1>Sold out today</h1>");
        if (notice != null) out.append("<p class=\"error\" role=\"alert\">").append(esc(notice)).append("</p>");
        out.append("<p class=\"hint\">Marked items are refused at once, also in calls in progress, until closing time.</p>");
        List<String> out86 = now.asList();
        for (MenuSection section : tenant.menu().sections()) {
            if (section.items().isEmpty()) continue;
            out.append("<section class=\"menu-section\"><h2>").append(esc(section.title())).append("</h2><ul class=\"toggles\">");
            for (MenuItem item : section.items()) toggle(out, tenant, s, item.id(), item.name(), out86.contains(item.id()));
            out.append("</ul></section>");
        }
        Map<String, String> choices = tenant.menu().soldOutChoices();
        if (!choices.isEmpty()) {
            out.append("<section class=\"menu-section\"><h2>Toppings and choices</h2><ul class=\"toggles\">");
            choices.forEach((what, label) -> toggle(out, tenant, s, what, label, out86.contains(what)));
            out.append("</ul></section>");
        }
        return Html.page("Sold out · " + tenant.name(), "console.css", null, "", out.append("</main>").toString());
    }

    /** One row: its name and a button that flips it ({@code what} as the availability route names it). */
    private static void toggle(StringBuilder out, Tenant tenant, Sessions.Session s, String what, String label, boolean soldOut) {
        out.append("<li class=\"").append(soldOut ? "sold-out" : "available").append("\"><span>").append(esc(label))
                .append("</span><form method=\"post\" action=\"/console/t/").append(esc(tenant.id())).append("/sold-out\">")
                .append(Html.csrf(s.csrf()))
                .append("<input type=\"hidden\" name=\"what\" value=\"").append(esc(what)).append("\">")
                .append("<input type=\"hidden\" name=\"soldOut\" value=\"").append(soldOut ? "no" : "yes").append("\">")
                .append("<button type=\"submit\" class=\"toggle\" id=\"toggle-").append(esc(domId(what))).append("\" aria-pressed=\"")
                .append(soldOut).append("\">").append(soldOut ? "Sold out · put back" : "Available · mark sold out")
                .append("</button></form></li>");
    }

    /** "option:sauce/hot" → "option-sauce-hot": an id a page and a test can name. */
    static String domId(String what) {
        return what.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
