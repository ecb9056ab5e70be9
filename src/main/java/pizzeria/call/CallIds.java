package pizzeria.call;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Ids of text calls. They open routes that need no token ({@code /v1/calls/{id}}: the caller's number, the
 * cart, a hang-up), so they are 128 bits from a secure random source, nothing else: no time, no counter,
 * nothing a caller could learn from their own id about the next one. URL-safe base64, 22 characters.
 */
public final class CallIds {
    /** Random bits in every id (the contract asks for at least 122). */
    public static final int BITS = 128;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private CallIds() { }

    public static String next() {
        byte[] bytes = new byte[BITS / 8];
        RANDOM.nextBytes(bytes);
        return URL_SAFE.encodeToString(bytes);
    }
}
