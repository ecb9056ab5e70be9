package pizzeria.voice.twilio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vertx.core.json.Json;
import java.io.IOException;
import java.util.Base64;

/**
 * The one Twilio message that comes 50 times a second per call, read and written without building a JSON
 * tree: a media event in is streamed through for its payload; a media message out is a fixed prefix, the
 * base64 and a fixed suffix. Every other event takes the ordinary (tree) path.
 */
public final class MediaMessages {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String SUFFIX = "\"}}";

    private final String prefix;

    public MediaMessages(String streamSid) {
        prefix = "{\"event\":\"media\",\"streamSid\":" + Json.encode(streamSid) + ",\"media\":{\"payload\":\"";
    }

    public String media(byte[] frames) {
        String payload = Base64.getEncoder().encodeToString(frames);
        return new StringBuilder(prefix.length() + payload.length() + SUFFIX.length()).append(prefix).append(payload).append(SUFFIX).toString();
    }

    /** The audio of a media event; null when the text is another event (or not one we can read this way). */
    public static byte[] inboundAudio(String text) {
        if (!text.contains("\"media\"")) return null;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            String event = null;
            String payload = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("event".equals(field) && value == JsonToken.VALUE_STRING) event = p.getText();
                else if ("media".equals(field) && value == JsonToken.START_OBJECT) payload = payloadOf(p);
                else p.skipChildren();
            }
            return "media".equals(event) && payload != null ? Base64.getDecoder().decode(payload) : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String payloadOf(JsonParser p) throws IOException {
        String payload = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("payload".equals(field) && value == JsonToken.VALUE_STRING) payload = p.getText();
            else p.skipChildren();
        }
        return payload;
    }
}
