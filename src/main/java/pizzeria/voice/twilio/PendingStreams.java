package pizzeria.voice.twilio;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pizzeria.call.CallSession;
import pizzeria.call.Reply;

/**
 * Calls answered by the webhook whose media stream has not connected yet, by one-time token. The token
 * travels in the TwiML as a Parameter and comes back in the stream's start message: a socket that cannot
 * show one gets no call.
 */
final class PendingStreams {
    record Pending(CallSession session, Reply greeting, long createdNanos) { }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long TTL_NANOS = 60_000_000_000L;
    private final Map<String, Pending> byToken = new ConcurrentHashMap<>();

    String add(CallSession session, Reply greeting) {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        String token = HexFormat.of().formatHex(b);
        byToken.put(token, new Pending(session, greeting, System.nanoTime()));
        return token;
    }

    /** The call the token was minted for; each token works once, and not after a minute. */
    Optional<Pending> take(String token) {
        if (token == null) return Optional.empty();
        Pending p = byToken.remove(token);
        if (p == null || System.nanoTime() - p.createdNanos() > TTL_NANOS) return Optional.empty();
        return Optional.of(p);
    }

    /** Forgets the tokens past their minute; their calls never got a stream, so they end (each still counts as in progress). */
    void forgetExpired() {
        long now = System.nanoTime();
        byToken.entrySet().removeIf(e -> {
            boolean expired = now - e.getValue().createdNanos() > TTL_NANOS;
            if (expired) e.getValue().session().hangUp();
            return expired;
        });
    }
}
