package pizzeria.http;

import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Optional;

/**
 * Failed admin sign-ins (a bearer token or the console's form) by client address: past so many a minute,
 * that address is answered 429 before any token is checked, so guessing tokens goes no faster than that.
 * One instance for the whole gateway: the admin API, the webhook routes and the console count together.
 */
public final class AuthFailures {
    /** Thrown (as a failed future) to a sign-in from an address that has failed too often. */
    public static final class Throttled extends RuntimeException {
        private final Duration wait;

        Throttled(Duration wait) {
            super("too many failed sign-ins from this address", null, false, false);
            this.wait = wait;
        }

        public Duration retryAfter() { return wait; }
    }

    private final AddressQuota failures;

    public AuthFailures(int perMinute) {
        this.failures = new AddressQuota("admin-auth-failures", perMinute);
    }

    /** How long the address must wait, when it has used up its failures. */
    Optional<Duration> blocked(String address) {
        return failures.spent(address);
    }

    void failed(String address) {
        failures.take(address);
    }

    /** Answers 429 (and true) when the request's address may not try again yet. */
    boolean refuse(RoutingContext ctx) {
        Optional<Duration> wait = blocked(AddressQuota.addressOf(ctx));
        if (wait.isEmpty()) return false;
        AddressQuota.tooMany(ctx, wait.get(), "too many failed sign-ins from this address; try again later");
        return true;
    }
}
