package pizzeria.voice.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MediaMessagesTest {
    private static final byte[] AUDIO = {1, 2, 3, (byte) 0xFF, 0x7F};

    @Test
    void readsTheAudioOfAMediaEventWhateverItsLayout() {
        String payload = Base64.getEncoder().encodeToString(AUDIO);
        String twilio = "{\"event\":\"media\",\"sequenceNumber\":\"3\",\"media\":{\"track\":\"inbound\",\"chunk\":\"2\","
                + "\"timestamp\":\"40\",\"payload\":\"" + payload + "\"},\"streamSid\":\"MZ1\"}";
        String reordered = "{ \"media\" : { \"payload\" : \"" + payload + "\", \"extra\": {\"a\": [1, 2]} }, \"event\" : \"media\" }";
        assertThat(MediaMessages.inboundAudio(twilio)).containsExactly(AUDIO);
        assertThat(MediaMessages.inboundAudio(reordered)).containsExactly(AUDIO);
    }

    @Test
    void leavesEveryOtherEventToTheOrdinaryPath() {
        assertThat(MediaMessages.inboundAudio("{\"event\":\"mark\",\"mark\":{\"name\":\"media\"}}")).isNull();
        assertThat(MediaMessages.inboundAudio("{\"event\":\"start\",\"start\":{\"mediaFormat\":{}}}")).isNull();
        assertThat(MediaMessages.inboundAudio("{\"event\":\"media\",\"media\":{\"payload\":\"not base64!\"}}")).isNull();
        assertThat(MediaMessages.inboundAudio("{\"event\":\"media\",\"media\":")).isNull();
    }

    @Test
    void writesWhatTwilioReads() {
        JsonObject out = new JsonObject(new MediaMessages("MZ\"odd").media(AUDIO));
        assertThat(out.getString("event")).isEqualTo("media");
        assertThat(out.getString("streamSid")).isEqualTo("MZ\"odd");
        assertThat(Base64.getDecoder().decode(out.getJsonObject("media").getString("payload"))).containsExactly(AUDIO);
    }
}
