package pizzeria.voice.cartesia;

import io.vertx.core.json.JsonObject;

/** The fields every request of a context repeats unchanged: model, voice, language, 8 kHz mu-law output. */
public record CartesiaVoice(String modelId, String voiceId, String language) {
    JsonObject request(String contextId) {
        return new JsonObject().put("model_id", modelId).put("voice", new JsonObject().put("mode", "id").put("id", voiceId))
                .put("language", language == null ? "en" : language).put("context_id", contextId)
                .put("output_format", new JsonObject().put("container", "raw").put("encoding", "pcm_mulaw").put("sample_rate", 8000));
    }
}
