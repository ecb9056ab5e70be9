package pizzeria.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.BiConsumer;
import pizzeria.store.TenantStore;

/**
 * Who is calling the admin API: the operator (ADMIN_TOKEN), a restaurant owner (a token scoped to one
 * tenant), or nobody. Without ADMIN_TOKEN the admin API refuses everyone.
 */
public final class Access {
    /** The caller's rights: operator, or owner of exactly {@code tenantId}. */
    public record Who(boolean operator, String tenantId) {
        public boolean mayUse(String tenant) { return operator || tenant.equals(tenantId); }
    }

    private final String adminToken;
    private final TenantStore store;
    private final AuthFailures failures;

    Access(String adminToken, TenantStore store, AuthFailures failures) {
        this.adminToken = adminToken;
        this.store = store;
        this.failures = failures;
    }

    /** Owners see only their own tenant; any other answers 404 as if it did not exist. */
    Handler<RoutingContext> scoped(BiConsumer<RoutingContext, Who> then) {
        return signedIn((ctx, who) -> {
            if (!who.mayUse(ctx.pathParam("id"))) Json.error(ctx, 404, "no such tenant");
            else then.accept(ctx, who);
        });
    }

    /**
     * A valid bearer token, else 401; an address that has failed too often is answered 429 before its token
     * is even looked at.
     */
    Handler<RoutingContext> signedIn(BiConsumer<RoutingContext, Who> then) {
        return ctx -> {
            if (failures.refuse(ctx)) return;
            who(ctx).onComplete(w -> {
                Optional<Who> who = w.succeeded() ? w.result() : Optional.empty();
                if (who.isPresent()) { then.accept(ctx, who.get()); return; }
                if (ctx.request().getHeader("Authorization") != null) failures.failed(AddressQuota.addressOf(ctx));
                Json.error(ctx, 401, "a valid bearer token is required");
            });
        };
    }

    Future<Optional<Who>> who(RoutingContext ctx) {
        if (adminToken == null) return Future.succeededFuture(Optional.empty());
        String header = ctx.request().getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) return Future.succeededFuture(Optional.empty());
        return ofToken(header.substring(7).trim());
    }

    /** A sign-in with a token from {@code address} (the console's form): counted, and refused while throttled. */
    Future<Optional<Who>> signIn(String token, String address) {
        Optional<java.time.Duration> wait = failures.blocked(address);
        if (wait.isPresent()) return Future.failedFuture(new AuthFailures.Throttled(wait.get()));
        return ofToken(token).onSuccess(who -> {
            if (who.isEmpty()) failures.failed(address);
        });
    }

    /** Whose token this is (the console signs in with it); empty for none or when there is no ADMIN_TOKEN. */
    public Future<Optional<Who>> ofToken(String token) {
        if (adminToken == null || token == null || token.isEmpty()) return Future.succeededFuture(Optional.empty());
        if (MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), adminToken.getBytes(StandardCharsets.UTF_8))) {
            return Future.succeededFuture(Optional.of(new Who(true, null)));
        }
        return store.tenantOfToken(token).map(t -> t.map(id -> new Who(false, id)));
    }
}
