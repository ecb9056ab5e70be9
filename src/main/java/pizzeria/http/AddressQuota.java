package pizzeria.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Optional;

/**
 * So many of something per client address per minute (call starts, failed sign-ins). One Resilience4j
 * limiter per address, in a bounded cache that forgets an address once its minute has long passed, so a
 * flood from many addresses cannot grow it without end.
 */
final class AddressQuota {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final String name;
    private final RateLimiterConfig config;
    private final Cache<String, AtomicRateLimiter> byAddress = Caffeine.newBuilder()
            .expireAfterAccess(WINDOW.multipliedBy(2)).maximumSize(100_000).build();

    AddressQuota(String name, int perMinute) {
        this.name = name;
        this.config = RateLimiterConfig.custom().limitForPeriod(perMinute).limitRefreshPeriod(WINDOW)
                .timeoutDuration(Duration.ZERO).build();
    }

    /** Takes one from the address's quota: empty when there was one left, else how long until there is. */
    Optional<Duration> take(String address) {
        AtomicRateLimiter limiter = limiter(address);
        return limiter.acquirePermission() ? Optional.empty() : Optional.of(wait(limiter));
    }

    /** Without taking any: empty while the address has some left, else how long until it has. */
    Optional<Duration> spent(String address) {
        AtomicRateLimiter limiter = byAddress.getIfPresent(address);
        if (limiter == null || limiter.getMetrics().getAvailablePermissions() > 0) return Optional.empty();
        return Optional.of(wait(limiter));
    }

    private AtomicRateLimiter limiter(String address) {
        return byAddress.get(address, a -> new AtomicRateLimiter(name, config));
    }

    private static Duration wait(AtomicRateLimiter limiter) {
        return Duration.ofNanos(Math.max(limiter.getDetailedMetrics().getNanosToWait(), 1));
    }

    /** The client's address as this server saw it (forwarding headers are not trusted: anyone can send them). */
    static String addressOf(RoutingContext ctx) {
        var remote = ctx.request().remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }

    /** 127.0.0.0/8 or ::1: a client on this machine (a numeric address: nothing is looked up). */
    static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
    }

    /** 429 with Retry-After in whole seconds, rounded up. */
    static void tooMany(RoutingContext ctx, Duration wait, String message) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ctx.response().putHeader("Retry-After", String.valueOf(seconds));
        Json.error(ctx, 429, message);
    }
}
