package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.voice.twilio.TwilioSignature;

class TwilioSignatureTest {
    private static final Map<String, String> PARAMS = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+12349013030",
            "Digits", "1234", "From", "+12349013030", "To", "+18005551212");

    @Test
    @DisplayName("matches Twilio's published example, with or without the default port, and nothing else")
    void vector() {
        TwilioSignature s = new TwilioSignature("12345");
        String url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        assertThat(s.sign(url, PARAMS)).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        assertThat(s.valid(url, PARAMS, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isTrue();
        assertThat(s.valid("https://mycompany.com:443/myapp.php?foo=1&bar=2", PARAMS, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isTrue();
        assertThat(s.valid(url, Map.of("CallSid", "CA1"), "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
        assertThat(new TwilioSignature("54321").valid(url, PARAMS, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
        assertThat(s.valid(url, PARAMS, null)).isFalse();
    }
}
