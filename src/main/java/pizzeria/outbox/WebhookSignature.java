package pizzeria.outbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing (standardwebhooks.com), so a receiver can check us with any of its libraries:
 * {@code v1,} and the base64 HMAC-SHA256 of {@code "{webhook-id}.{webhook-timestamp}.{body}"}, keyed with the
 * base64-decoded part of the secret after {@code whsec_}.
 */
public final class WebhookSignature {
    private static final String PREFIX = "whsec_";

    private WebhookSignature() { }

    public static String sign(String secret, String webhookId, long timestampSeconds, String body) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
            byte[] digest = mac.doFinal((webhookId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
