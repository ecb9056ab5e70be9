package pizzeria.voice.twilio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's request signature: HMAC-SHA1 of the full URL followed by every POST parameter name and value,
 * names sorted, keyed with the account's auth token, in Base64. Compared in constant time; a URL is
 * accepted with or without its default port, as Twilio signs either way.
 */
public final class TwilioSignature {
    private final String authToken;

    public TwilioSignature(String authToken) {
        this.authToken = authToken;
    }

    public boolean valid(String url, Map<String, String> params, String header) {
        if (header == null || authToken == null) return false;
        for (String candidate : new String[]{url, withDefaultPort(url), withoutDefaultPort(url)}) {
            if (candidate != null && MessageDigest.isEqual(sign(candidate, params).getBytes(StandardCharsets.UTF_8),
                    header.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    public String sign(String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v == null ? "" : v));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withDefaultPort(String url) {
        java.net.URI u = java.net.URI.create(url);
        if (u.getPort() != -1) return null;
        int port = "https".equals(u.getScheme()) ? 443 : 80;
        return url.replaceFirst("^(https?://[^/?#]+)", "$1:" + port);
    }

    private static String withoutDefaultPort(String url) {
        return url.replaceFirst("^(https://[^/?#:]+):443", "$1").replaceFirst("^(http://[^/?#:]+):80(?=[/?#]|$)", "$1");
    }
}
