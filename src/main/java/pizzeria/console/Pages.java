package pizzeria.console;

import static pizzeria.console.Html.esc;

/** The small pages: sign-in, errors, and the navigation every tenant page shows. */
final class Pages {
    private Pages() { }

    static String signIn(String signInCsrf, String message) {
        return Html.page("Sign in · Console", "console.css", null, "class=\"narrow\"",
                "<main><h1>Restaurant console</h1>"
                        + (message == null ? "" : "<p class=\"error\" role=\"alert\">" + esc(message) + "</p>")
                        + "<form method=\"post\" action=\"/console/sign-in\" class=\"sign-in\">" + Html.csrf(signInCsrf)
                        + "<label for=\"token\">Your access token</label>"
                        + "<input type=\"password\" id=\"token\" name=\"token\" autocomplete=\"current-password\" required>"
                        + "<button type=\"submit\">Sign in</button></form></main>");
    }

    static String error(int status, String message) {
        return Html.page(status + " · Console", "console.css", null, "class=\"narrow\"",
                "<main><h1>" + status + "</h1><p>" + esc(message) + "</p><p><a href=\"/console\">Back to the console</a></p></main>");
    }

    static String nav(String tenantId, String tenantName, Sessions.Session s) {
        String base = "/console/t/" + esc(tenantId);
        return "<nav><span class=\"brand\">" + esc(tenantName) + "</span><a href=\"" + base + "/board\">Orders</a>"
                + "<a href=\"" + base + "/sold-out\">Sold out</a><a href=\"" + base + "/hours\">Hours</a><a href=\"" + base + "/menu\">Menu</a>"
                + "<a href=\"" + base + "/calls\">Calls</a><a href=\"" + base + "/test-call\">Test call</a>"
                + (s.operator() ? "<a href=\"/console/home\">All restaurants</a>" : "") + signOut(s) + "</nav>";
    }

    static String signOut(Sessions.Session s) {
        return "<form method=\"post\" action=\"/console/sign-out\" class=\"sign-out\">" + Html.csrf(s.csrf())
                + "<button type=\"submit\">Sign out</button></form>";
    }
}
