package pizzeria.console;

import static pizzeria.console.Html.esc;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import pizzeria.tenant.OpeningHours;
import pizzeria.tenant.Tenant;

/**
 * Today's hours as callers are told them, the week ahead, and the closures and special hours to come. They are
 * the restaurant file's {@code hours}, {@code closures} and {@code special_hours}: changed by uploading the file.
 */
final class HoursPage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.US);

    private HoursPage() { }

    static String render(Tenant tenant, ZonedDateTime now, Sessions.Session s) {
        OpeningHours hours = tenant.hours();
        LocalDate today = now.toLocalDate();
        boolean open = hours.isOpen(now);
        List<LocalDate> coming = hours.exceptionsFrom(today);
        StringBuilder out = new StringBuilder(Pages.nav(tenant.id(), tenant.name(), s)).append("<main><h1>Hours</h1>");
        out.append("<section class=\"today\"><p class=\"now ").append(open ? "open" : "closed").append("\" id=\"open-now\">")
                .append(open ? "Open now" : "Closed now").append("</p><p id=\"today\">Today, ").append(esc(DAY.format(today)))
                .append(": <strong>").append(esc(hours.today(now))).append("</strong></p></section>");
        out.append("<h2>The week ahead</h2><table class=\"hours\"><tbody>");
        for (int i = 0; i < 7; i++) {
            LocalDate d = today.plusDays(i);
            String h = hours.onDate(d);
            out.append("<tr").append(coming.contains(d) ? " class=\"special\"" : "").append("><th>")
                    .append(esc(DAY.format(d))).append("</th><td>").append(esc(h == null ? "closed" : h)).append("</td></tr>");
        }
        out.append("</tbody></table><h2>Closures and special hours</h2>");
        if (coming.isEmpty()) out.append("<p class=\"hint\" id=\"no-exceptions\">None coming.</p>");
        else {
            out.append("<ul class=\"exceptions\" id=\"exceptions\">");
            for (LocalDate d : coming) {
                String h = hours.onDate(d);
                out.append("<li>").append(esc(DAY.format(d))).append(", ").append(d.getYear()).append(": ")
                        .append(hours.isClosure(d) || h == null ? "closed" : esc(h)).append("</li>");
            }
            out.append("</ul>");
        }
        out.append("<p class=\"hint\">To change them, edit <code>hours</code>, <code>closures</code> and <code>special_hours</code> ")
                .append("in the restaurant's file and upload it on the <a href=\"/console/t/").append(esc(tenant.id()))
                .append("/menu\">Menu</a> page; callers hear the new hours at once.</p>");
        return Html.page("Hours · " + tenant.name(), "console.css", null, "", out.append("</main>").toString());
    }
}
