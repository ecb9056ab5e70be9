package pizzeria.console;

import io.vertx.core.AsyncResult;
import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import pizzeria.http.AdminApi;
import pizzeria.tenancy.TenantRegistry;

/**
 * The operator's part of the console: the restaurants page, onboarding, owner tokens and disabling, each through
 * the admin API's own logic ({@link AdminApi#uploadMenu}, {@link AdminApi#newOwnerToken}, {@link AdminApi#disable}).
 */
final class OperatorConsole {
    private final AdminApi admin;
    private final TenantRegistry registry;
    private final Clock clock;

    OperatorConsole(AdminApi admin, TenantRegistry registry, Clock clock) {
        this.admin = admin;
        this.registry = registry;
        this.clock = clock;
    }

    /** {@code page} guards each route: signed in, the CSRF token on a POST, the operator. */
    void mount(Router router, Function<BiConsumer<RoutingContext, Sessions.Session>, Handler<RoutingContext>> page) {
        router.get("/console/home").handler(page.apply((ctx, s) -> operatorHome(ctx, s, 200, OperatorPage.Shown.NOTHING)));
        router.post("/console/tenants").handler(page.apply(this::onboard));
        router.post("/console/tenants/:id/token").handler(page.apply((ctx, s) -> admin.newOwnerToken(ctx.pathParam("id")).onComplete(r ->
                operatorAnswer(ctx, s, r, a -> new OperatorPage.Shown(null, ctx.pathParam("id"), a.body().getString("token"), null, null, List.of())))));
        router.post("/console/tenants/:id/disable").handler(page.apply((ctx, s) -> {
            if (!"yes".equals(ctx.request().getFormAttribute("confirm"))) {
                operatorHome(ctx, s, 400, OperatorPage.Shown.notice("Tick \"sure\" to disable a restaurant."));
                return;
            }
            admin.disable(ctx.pathParam("id")).onComplete(r -> operatorAnswer(ctx, s, r,
                    a -> OperatorPage.Shown.notice(ctx.pathParam("id") + " is disabled: its calls are no longer answered; its data is kept.")));
        }));
        router.get("/console/open").handler(ctx -> {
            String t = ctx.queryParams().get("tenant");
            Console.redirect(ctx, t == null || !t.matches("[A-Za-z0-9_-]{1,100}") ? "/console/home" : "/console/t/" + t + "/board");
        });
    }

    /** Onboards a new restaurant (or brings a disabled one back) from its file: the operator's PUT /admin/tenants/{id}. */
    private void onboard(RoutingContext ctx, Sessions.Session s) {
        String id = ctx.request().getFormAttribute("id");
        String yaml = ctx.request().getFormAttribute("yaml");
        if (id == null || !id.matches("[a-z0-9-]{2,40}") || yaml == null || yaml.isBlank()) {
            operatorHome(ctx, s, 400, new OperatorPage.Shown("Give the id (2 to 40 lower-case letters, digits or dashes) and the file.",
                    null, null, yaml, id, List.of()));
            return;
        }
        admin.uploadMenu(id, yaml).onComplete(r -> {
            if (r.failed()) operatorHome(ctx, s, 500, OperatorPage.Shown.notice("Could not onboard: " + r.cause().getMessage()));
            else if (!r.result().ok()) operatorHome(ctx, s, 422, new OperatorPage.Shown(null, null, null, yaml, id, r.result().errors()));
            else operatorHome(ctx, s, 200, OperatorPage.Shown.notice(r.result().tenant().name() + " (" + id + ") is live: version "
                    + r.result().tenant().version() + ". Make its owner a token below."));
        });
    }

    private void operatorAnswer(RoutingContext ctx, Sessions.Session s, AsyncResult<AdminApi.Answer> r,
                                Function<AdminApi.Answer, OperatorPage.Shown> shown) {
        if (r.failed()) operatorHome(ctx, s, 500, OperatorPage.Shown.notice("That did not work: " + r.cause().getMessage()));
        else if (!r.result().ok()) operatorHome(ctx, s, r.result().status(), OperatorPage.Shown.notice(r.result().body().getString("error")));
        else operatorHome(ctx, s, 200, shown.apply(r.result()));
    }

    private void operatorHome(RoutingContext ctx, Sessions.Session s, int status, OperatorPage.Shown shown) {
        admin.tenantList().onComplete(r -> {
            if (r.failed()) Console.html(ctx, 500, Pages.error(500, "Could not list the restaurants."));
            else Console.html(ctx, status, OperatorPage.render(r.result(), registry::byId, ZonedDateTime.now(clock), s, shown));
        });
    }
}
