package pizzeria.http;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import pizzeria.store.TenantStore;
import pizzeria.store.WebhookStore;
import pizzeria.tenancy.TenantRegistry;

/**
 * A restaurant's outbound webhooks (point-of-sale systems and the like), under the admin API's tokens and
 * scoping: register a URL (its signing secret is shown in that answer only), list, remove, and read what was
 * sent to one, attempt by attempt.
 */
public final class WebhookRoutes {
    /** Hosts that are this machine: plain http goes only there (anything else would send orders in the clear). */
    private static final Pattern LOOPBACK = Pattern.compile("localhost|127(\\.\\d{1,3}){3}|\\[::1\\]|::1");

    private final Access access;
    private final TenantRegistry registry;
    private final WebhookStore webhooks;

    public WebhookRoutes(String adminToken, TenantStore tenants, TenantRegistry registry, WebhookStore webhooks,
                         AuthFailures failures) {
        this.access = new Access(adminToken, tenants, failures);
        this.registry = registry;
        this.webhooks = webhooks;
    }

    public void mount(Router router) {
        router.post("/admin/tenants/:id/webhooks").handler(access.scoped(this::add));
        router.get("/admin/tenants/:id/webhooks").handler(access.scoped(this::list));
        router.delete("/admin/tenants/:id/webhooks/:wid").handler(access.scoped(this::remove));
        router.get("/admin/tenants/:id/webhooks/:wid/deliveries").handler(access.scoped(this::deliveries));
    }

    /** A tenant the operator names that does not exist answers 404 too (and gets no schema made for it). */
    private boolean known(RoutingContext ctx) {
        if (registry.byId(ctx.pathParam("id")).isPresent()) return true;
        Json.error(ctx, 404, "no such tenant");
        return false;
    }

    private void add(RoutingContext ctx, Access.Who who) {
        if (!known(ctx)) return;
        String url;
        try {
            JsonObject body = ctx.body().asJsonObject();
            url = body == null ? null : body.getValue("url") instanceof String s ? s : null;
        } catch (DecodeException e) {
            url = null;
        }
        if (url == null) { Json.error(ctx, 422, "the body must be {\"url\": \"https://...\"}"); return; }
        String problem = problem(url);
        if (problem != null) { Json.error(ctx, 422, problem); return; }
        webhooks.add(ctx.pathParam("id"), url).onComplete(r -> {
            if (r.failed()) Json.error(ctx, 500, "could not register the webhook");
            else Json.send(ctx, 201, r.result());
        });
    }

    /** Why a URL cannot be a webhook, or null: https anywhere, plain http only to this machine. */
    static String problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "url is not a URL: " + e.getMessage();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (uri.getHost() == null || uri.getHost().isBlank()) return "url needs a host, like https://pos.example.com/orders";
        if (uri.getUserInfo() != null) return "url must not carry a user name or password";
        if (scheme.equals("https")) return null;
        if (scheme.equals("http")) {
            return LOOPBACK.matcher(uri.getHost().toLowerCase()).matches() ? null
                    : "plain http is allowed only to a loopback address (localhost, 127.0.0.1, [::1]); use https";
        }
        return "url must be https (or http to a loopback address)";
    }

    private void list(RoutingContext ctx, Access.Who who) {
        if (!known(ctx)) return;
        webhooks.list(ctx.pathParam("id")).onComplete(r -> {
            if (r.failed()) Json.error(ctx, 500, "could not list the webhooks");
            else Json.send(ctx, 200, new JsonObject().put("webhooks", Json.array(r.result())));
        });
    }

    private void remove(RoutingContext ctx, Access.Who who) {
        if (!known(ctx)) return;
        webhooks.remove(ctx.pathParam("id"), ctx.pathParam("wid")).onComplete(r -> {
            if (r.failed()) Json.error(ctx, 500, "could not remove the webhook");
            else if (!r.result()) Json.error(ctx, 404, "no such webhook");
            else ctx.response().setStatusCode(204).end();
        });
    }

    private void deliveries(RoutingContext ctx, Access.Who who) {
        if (!known(ctx)) return;
        webhooks.deliveries(ctx.pathParam("id"), ctx.pathParam("wid")).onComplete(r -> {
            if (r.failed()) Json.error(ctx, 500, "could not read the deliveries");
            else if (r.result().isEmpty()) Json.error(ctx, 404, "no such webhook");
            else Json.send(ctx, 200, new JsonObject().put("deliveries", Json.array(r.result().get())));
        });
    }
}
