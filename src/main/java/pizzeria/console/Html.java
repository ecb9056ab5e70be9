package pizzeria.console;

/** Strict HTML escaping and the console's page frame: every page links its own CSS and JS files, no inline code. */
final class Html {
    private Html() { }

    /** Escapes text for an HTML element or a quoted attribute. */
    static String esc(Object value) {
        if (value == null) return "";
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '`' -> out.append("&#96;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String money(long cents) {
        return String.format(java.util.Locale.ROOT, "$%d.%02d", cents / 100, Math.abs(cents % 100));
    }

    /** A whole page: title, stylesheet, optional script, optional body attributes (already escaped). */
    static String page(String title, String stylesheet, String script, String bodyAttributes, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/console/static/" + stylesheet + "\">"
                + (script == null ? "" : "<script src=\"/console/static/" + script + "\" defer></script>")
                + "</head><body" + (bodyAttributes.isEmpty() ? "" : " " + bodyAttributes) + ">" + body + "</body></html>";
    }

    /** A POST form's hidden CSRF field. */
    static String csrf(String token) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(token) + "\">";
    }
}
