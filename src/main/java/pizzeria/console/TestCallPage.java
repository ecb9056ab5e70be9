package pizzeria.console;

import static pizzeria.console.Html.esc;

import pizzeria.tenant.Tenant;

/**
 * A call to the restaurant typed in the browser: test-call.js talks to the public text channel (POST /v1/calls
 * and its turns), the same call session, phase machine and order path as a phone call. An order it places is a
 * real order on the board, from {@link #TEST_CALLER}.
 */
final class TestCallPage {
    /** The caller's number of every test call: a fictional 555-01xx number, so the kitchen can tell it apart. */
    static final String TEST_CALLER = "+15555550100";

    private TestCallPage() { }

    static String render(Tenant tenant, Sessions.Session s) {
        StringBuilder out = new StringBuilder(Pages.nav(tenant.id(), tenant.name(), s)).append("<main><h1>Test call</h1>");
        if (tenant.phoneNumbers().isEmpty()) {
            out.append("<p class=\"error\">This restaurant has no phone number yet: add one to its file on the Menu page.</p>");
            return Html.page("Test call · " + tenant.name(), "console.css", null, "", out.append("</main>").toString());
        }
        out.append("<p class=\"hint\">Type what a caller would say. The agent answers as it does on the phone, with today's menu, ")
                .append("hours and sold-out items. An order you place appears on the board from ").append(esc(TEST_CALLER))
                .append(": reject it there.</p>")
                .append("<ol class=\"transcript chat\" id=\"transcript\" aria-live=\"polite\"></ol>")
                .append("<p class=\"cart\" id=\"cart\" hidden></p>")
                .append("<form id=\"say\" class=\"say\" hidden><label for=\"words\">You say</label>")
                .append("<input id=\"words\" name=\"words\" maxlength=\"2000\" autocomplete=\"off\" required>")
                .append("<button type=\"submit\" id=\"send\">Say it</button></form>")
                .append("<div class=\"actions\"><button type=\"button\" id=\"dial\">Call the restaurant</button>")
                .append("<button type=\"button\" id=\"hang-up\" hidden>Hang up</button></div>");
        return Html.page("Test call · " + tenant.name(), "console.css", "test-call.js",
                "data-to=\"" + esc(tenant.phoneNumbers().get(0)) + "\" data-from=\"" + esc(TEST_CALLER) + "\"", out.append("</main>").toString());
    }
}
