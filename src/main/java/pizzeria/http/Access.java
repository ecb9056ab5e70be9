package pizzeria.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import pizzeria.store.TenantStore;

/**
 * Who is calling the admin API: the operator (ADMIN_TOKEN), a restaurant owner (a token scoped to one
 * tenant), or nobody. Without ADMIN_TOKEN the admin API refuses everyone.
 */
final class Access {
    /** The caller's rights: operator, or owner of exactly {@code tenantId}. */
    record Who(boolean operator, String tenantId) {
        boolean mayUse(String tenant) { return operator || tenant.equals(tenantId); }
    }

    private final String adminToken;
    private final TenantStore store;

    Access(String adminToken, TenantStore store) {
        this.adminToken = adminToken;
        this.store = store;
    }

    Future<Optional<Who>> who(RoutingContext ctx) {
        if (adminToken == null) return Future.succeededFuture(Optional.empty());
        String header = ctx.request().getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) return Future.succeededFuture(Optional.empty());
        String token = header.substring(7).trim();
        if (MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), adminToken.getBytes(StandardCharsets.UTF_8))) {
            return Future.succeededFuture(Optional.of(new Who(true, null)));
        }
        return store.tenantOfToken(token).map(t -> t.map(id -> new Who(false, id)));
    }
}
