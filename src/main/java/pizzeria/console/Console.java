package pizzeria.console;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import pizzeria.http.AdminApi;
import pizzeria.order.KitchenStatus;
import pizzeria.store.OrderStore;
import pizzeria.tenancy.TenantRegistry;
import pizzeria.tenant.Tenant;

/**
 * The owners' and operators' web console at /console: server-rendered pages over the admin API's own logic
 * and token scoping. Signed in with a token, then a server-side session behind an HttpOnly, SameSite=Strict
 * cookie; every POST carries the session's CSRF token. Another tenant's pages answer 404.
 */
public final class Console {
    static final String SESSION = "console_session";
    static final String SIGN_IN = "console_signin";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final AdminApi admin;
    private final TenantRegistry registry;
    private final OrderStore orders;
    private final Clock clock;
    private final Sessions sessions;

    /** What a tenant page works with: the session and the tenant it may see. */
    record Seen(Sessions.Session session, Tenant tenant) { }

    public Console(AdminApi admin, TenantRegistry registry, OrderStore orders, Clock clock) {
        this.admin = admin;
        this.registry = registry;
        this.orders = orders;
        this.clock = clock;
        this.sessions = new Sessions(clock);
    }

    public void mount(Router router) {
        router.route("/console*").handler(Console::headers);
        router.get("/console/static/*").handler(StaticHandler.create("console-static").setCachingEnabled(false));
        router.get("/console").handler(this::start);
        router.post("/console/sign-in").handler(this::signIn);
        router.post("/console/sign-out").handler(this::signOut);
        new OperatorConsole(admin, registry, clock).mount(router, this::operatorPage);
        router.get("/console/t/:id/board").handler(tenantPage((ctx, seen) -> board(ctx, seen, 200, null)));
        router.get("/console/t/:id/stream").handler(tenantPage((ctx, seen) -> BoardStream.open(ctx, seen.tenant(), seen.session(), sessions)));
        router.post("/console/t/:id/orders/:orderId/status").handler(tenantPage(this::status));
        router.get("/console/t/:id/orders/:orderId/ticket").handler(tenantPage(this::ticket));
        router.get("/console/t/:id/sold-out").handler(tenantPage((ctx, seen) -> html(ctx, 200,
                SoldOutPage.render(seen.tenant(), admin.soldOutNow(seen.tenant().id()), seen.session(), null))));
        router.post("/console/t/:id/sold-out").handler(tenantPage(this::toggleSoldOut));
        router.get("/console/t/:id/hours").handler(tenantPage((ctx, seen) -> html(ctx, 200,
                HoursPage.render(seen.tenant(), java.time.ZonedDateTime.now(clock.withZone(seen.tenant().timezone())), seen.session()))));
        router.get("/console/t/:id/test-call").handler(tenantPage((ctx, seen) -> html(ctx, 200, TestCallPage.render(seen.tenant(), seen.session()))));
        router.get("/console/t/:id/menu").handler(tenantPage((ctx, seen) -> html(ctx, 200,
                MenuPage.render(seen.tenant(), null, List.of(), null, seen.session()))));
        router.post("/console/t/:id/menu").handler(tenantPage(this::uploadMenu));
        router.get("/console/t/:id/calls").handler(tenantPage((ctx, seen) -> orders.calls(seen.tenant().id(), null, null).onComplete(r -> {
            if (r.failed()) html(ctx, 500, Pages.error(500, "Could not read the calls."));
            else html(ctx, 200, CallsPage.list(seen.tenant(), r.result(), seen.session()));
        })));
        router.get("/console/t/:id/calls/:callId").handler(tenantPage((ctx, seen) ->
                orders.call(seen.tenant().id(), ctx.pathParam("callId")).onComplete(r -> {
                    if (r.failed()) html(ctx, 500, Pages.error(500, "Could not read the call."));
                    else if (r.result().isEmpty()) html(ctx, 404, Pages.error(404, "No such call."));
                    else html(ctx, 200, CallsPage.one(seen.tenant(), r.result().get(), seen.session()));
                })));
    }

    /** The same upload as PUT /admin/tenants/{id}: all of it or nothing; a broken file keeps the live menu. */
    private void uploadMenu(RoutingContext ctx, Seen seen) {
        String yaml = ctx.request().getFormAttribute("yaml");
        if (yaml == null || yaml.isBlank()) {
            html(ctx, 400, MenuPage.render(seen.tenant(), yaml, List.of(), "Paste the restaurant's file first.", seen.session()));
            return;
        }
        admin.uploadMenu(seen.tenant().id(), yaml).onComplete(r -> {
            if (r.failed()) { html(ctx, 500, Pages.error(500, "Could not upload the menu.")); return; }
            if (!r.result().ok()) { html(ctx, 422, MenuPage.render(seen.tenant(), yaml, r.result().errors(), null, seen.session())); return; }
            Tenant now = r.result().tenant();
            html(ctx, 200, MenuPage.render(now, null, List.of(), "Uploaded: version " + now.version() + " is live.", seen.session()));
        });
    }

    /** Operator pages: signed in with the CSRF token on a POST (see {@link #signedIn}), and the operator (an owner gets 404). */
    io.vertx.core.Handler<RoutingContext> operatorPage(BiConsumer<RoutingContext, Sessions.Session> then) {
        return ctx -> signedIn(ctx).ifPresent(s -> {
            if (!s.operator()) html(ctx, 404, Pages.error(404, "No such page."));
            else then.accept(ctx, s);
        });
    }

    /**
     * The session of a request that may go on: signed in (else the sign-in page, 401 for a stream, 403 for a POST) and,
     * for a POST, carrying the session's CSRF token (else 403). Empty once it has answered.
     */
    private Optional<Sessions.Session> signedIn(RoutingContext ctx) {
        boolean post = ctx.request().method() == io.vertx.core.http.HttpMethod.POST;
        Optional<Sessions.Session> s = session(ctx);
        if (s.isEmpty()) {
            if (post) html(ctx, 403, Pages.error(403, "Please sign in again."));
            else if (ctx.request().path().endsWith("/stream")) ctx.response().setStatusCode(401).end();
            else redirect(ctx, "/console");
            return Optional.empty();
        }
        if (post && !csrfOk(ctx, s.get())) {
            html(ctx, 403, Pages.error(403, "Forbidden: the form's CSRF token is missing or wrong."));
            return Optional.empty();
        }
        return s;
    }

    private static void headers(RoutingContext ctx) {
        ctx.response().putHeader("Content-Security-Policy", CSP).putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer").putHeader("X-Frame-Options", "DENY")
                .putHeader("Cache-Control", "no-store");
        ctx.next();
    }

    private void start(RoutingContext ctx) {
        Optional<Sessions.Session> s = session(ctx);
        if (s.isPresent()) { redirect(ctx, home(s.get())); return; }
        signInPage(ctx, 200, null);
    }

    /** The sign-in form carries a random token that must match its cookie (no sign-in forged from elsewhere). */
    private void signInPage(RoutingContext ctx, int status, String message) {
        String token = Sessions.randomToken();
        ctx.response().addCookie(cookie(ctx, SIGN_IN, token, 600));
        html(ctx, status, Pages.signIn(token, message));
    }

    private void signIn(RoutingContext ctx) {
        Cookie expected = ctx.request().getCookie(SIGN_IN);
        if (expected == null || !Sessions.same(expected.getValue(), ctx.request().getFormAttribute("csrf"))) {
            html(ctx, 403, Pages.error(403, "The sign-in form had expired. Please try again."));
            return;
        }
        var remote = ctx.request().remoteAddress();
        admin.tokenHolder(ctx.request().getFormAttribute("token"), remote == null ? "unknown" : remote.hostAddress()).onComplete(r -> {
            if (r.failed() && r.cause() instanceof pizzeria.http.AuthFailures.Throttled t) {
                ctx.response().putHeader("Retry-After", String.valueOf(Math.max(1, t.retryAfter().toSeconds())));
                signInPage(ctx, 429, "Too many failed sign-ins from this address. Please wait a minute and try again.");
                return;
            }
            if (r.failed() || r.result().isEmpty()) { signInPage(ctx, 401, "That token is not valid."); return; }
            Sessions.Session s = sessions.open(r.result().get().operator(), r.result().get().tenantId());
            ctx.response().addCookie(cookie(ctx, SIGN_IN, "", 0)).addCookie(cookie(ctx, SESSION, s.id(), Sessions.LIFETIME.toSeconds()));
            redirect(ctx, home(s));
        });
    }

    private void signOut(RoutingContext ctx) {
        Optional<Sessions.Session> s = session(ctx);
        if (s.isEmpty() || !csrfOk(ctx, s.get())) { html(ctx, 403, Pages.error(403, "Forbidden.")); return; }
        sessions.close(s.get().id());
        ctx.response().addCookie(cookie(ctx, SESSION, "", 0));
        redirect(ctx, "/console");
    }

    private static String home(Sessions.Session s) {
        return s.operator() ? "/console/home" : "/console/t/" + s.tenantId() + "/board";
    }

    /** Tenant pages: signed in with the CSRF token on a POST (see {@link #signedIn}), and the tenant in scope (else 404). */
    private io.vertx.core.Handler<RoutingContext> tenantPage(BiConsumer<RoutingContext, Seen> then) {
        return ctx -> signedIn(ctx).ifPresent(s -> {
            String id = ctx.pathParam("id");
            Optional<Tenant> tenant = s.mayUse(id) ? registry.byId(id) : Optional.empty();
            if (tenant.isEmpty()) html(ctx, 404, Pages.error(404, "No such restaurant."));
            else then.accept(ctx, new Seen(s, tenant.get()));
        });
    }

    private Optional<Sessions.Session> session(RoutingContext ctx) {
        Cookie c = ctx.request().getCookie(SESSION);
        return c == null ? Optional.empty() : sessions.find(c.getValue());
    }

    private static boolean csrfOk(RoutingContext ctx, Sessions.Session s) {
        String given = ctx.request().getHeader("X-CSRF-Token");
        if (given == null) given = ctx.request().getFormAttribute("csrf");
        return Sessions.same(s.csrf(), given);
    }

    private void board(RoutingContext ctx, Seen seen, int status, String notice) {
        Tenant t = seen.tenant();
        java.time.Instant since = LocalDate.now(clock.withZone(t.timezone())).atStartOfDay(t.timezone()).toInstant();
        orders.orders(t.id(), since, null).onComplete(r -> {
            if (r.failed()) { html(ctx, 500, Pages.error(500, "Could not read the orders.")); return; }
            List<JsonObject> placed = new ArrayList<>();
            for (JsonObject o : r.result()) {
                if (KitchenStatus.of(o.getString("status", "")).isPresent() && o.containsKey("statusHistory")) placed.add(o);
            }
            html(ctx, status, BoardPage.render(t, placed, seen.session(), notice));
        });
    }

    private void status(RoutingContext ctx, Seen seen) {
        JsonObject body = new JsonObject().put("status", ctx.request().getFormAttribute("status"));
        String reason = ctx.request().getFormAttribute("reason");
        if (reason != null && !reason.isBlank()) body.put("reason", reason.strip());
        admin.changeStatus(seen.tenant().id(), ctx.pathParam("orderId"), body).onComplete(r -> {
            if (r.failed()) board(ctx, seen, 500, "Could not change the order.");
            else if (r.result().ok()) redirect(ctx, "/console/t/" + seen.tenant().id() + "/board");
            else board(ctx, seen, r.result().status(), r.result().body().getString("error"));
        });
    }

    private void ticket(RoutingContext ctx, Seen seen) {
        orders.order(seen.tenant().id(), ctx.pathParam("orderId")).onComplete(r -> {
            if (r.failed()) html(ctx, 500, Pages.error(500, "Could not read the order."));
            else if (r.result().isEmpty()) html(ctx, 404, Pages.error(404, "No such order."));
            else html(ctx, 200, TicketPage.render(seen.tenant(), r.result().get()));
        });
    }

    /** One item, topping or option sold out or back on; the rest of what is sold out stays, until closing time. */
    private void toggleSoldOut(RoutingContext ctx, Seen seen) {
        String what = ctx.request().getFormAttribute("what");
        boolean soldOut = "yes".equals(ctx.request().getFormAttribute("soldOut"));
        List<String> list = new ArrayList<>(admin.soldOutNow(seen.tenant().id()).asList());
        list.remove(what);
        if (soldOut && what != null) list.add(what);
        admin.markSoldOut(seen.tenant().id(), new JsonObject().put("unavailable", new JsonArray(list)).put("until", "close")).onComplete(r -> {
            String path = "/console/t/" + seen.tenant().id() + "/sold-out";
            if (r.succeeded() && r.result().ok()) { redirect(ctx, path); return; }
            String why = r.failed() ? "Could not store what is sold out." : r.result().body().getString("error");
            html(ctx, r.failed() ? 500 : r.result().status(), SoldOutPage.render(seen.tenant(), admin.soldOutNow(seen.tenant().id()), seen.session(), why));
        });
    }

    private static Cookie cookie(RoutingContext ctx, String name, String value, long maxAgeSeconds) {
        boolean https = ctx.request().isSSL() || "https".equalsIgnoreCase(ctx.request().getHeader("X-Forwarded-Proto"));
        return Cookie.cookie(name, value).setPath("/console").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(https).setMaxAge(maxAgeSeconds);
    }

    static void html(RoutingContext ctx, int status, String page) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8").end(page);
    }

    static void redirect(RoutingContext ctx, String to) {
        ctx.response().setStatusCode(303).putHeader("Location", to).end();
    }
}
