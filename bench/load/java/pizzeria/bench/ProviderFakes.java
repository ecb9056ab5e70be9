package pizzeria.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.HashMap;
import java.util.Map;
import pizzeria.llm.FakeOpenAi;
import pizzeria.voice.fakes.FakeCartesia;
import pizzeria.voice.fakes.FakeDeepgram;
import pizzeria.voice.fakes.FakeTwilioRest;

/**
 * The outside services with realistic delays, in the load generator's process: the final transcript 150 ms
 * after speech ends (7 silent frames, then 10 ms), the model's first token after 250 ms, the first byte of
 * synthesis after 100 ms, a voice speaking 15 characters a second.
 */
final class ProviderFakes implements AutoCloseable {
    static final long STT_FINAL_MS = 150;
    static final long MODEL_FIRST_TOKEN_MS = 250;
    static final long TTS_FIRST_BYTE_MS = 100;
    static final String AUTH_TOKEN = "bench-twilio-token";
    static final String PUBLIC_URL = "https://bench.example.com";

    final Vertx vertx;
    final FakeDeepgram deepgram;
    final FakeCartesia cartesia;
    final FakeOpenAi model;
    final FakeTwilioRest twilio;

    ProviderFakes(Vertx vertx) {
        this.vertx = vertx;
        deepgram = FakeDeepgram.start(vertx).await();
        deepgram.endpointFrames((int) (STT_FINAL_MS / 20));
        deepgram.finalDelayMs(STT_FINAL_MS % 20);
        cartesia = FakeCartesia.start(vertx).await();
        cartesia.firstByteDelayMs(TTS_FIRST_BYTE_MS);
        cartesia.keepRequests(false);
        model = FakeOpenAi.start(vertx).await();
        model.firstTokenDelayMs(MODEL_FIRST_TOKEN_MS);
        twilio = FakeTwilioRest.start(vertx).await();
    }

    static ProviderFakes start() {
        return new ProviderFakes(Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setPreferNativeTransport(true)));
    }

    /** A benchmark gateway's whole environment: its port, its own embedded database, its tenants, these fakes. */
    Map<String, String> gatewayEnv(int port, int databasePort, java.nio.file.Path data, java.nio.file.Path tenants) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", String.valueOf(port));
        env.put("DATA_DIR", data.toString());
        env.put("EMBEDDED_DB_PORT", String.valueOf(databasePort));
        env.put("RESTAURANTS_DIR", tenants.toString());
        env.put("PLUGINS_DIR", tenants.resolve("no-plugins").toString());
        env.put("ADMIN_TOKEN", StepAnalysis.ADMIN);
        env.put("ALLOW_TEST_CLOCK", "1");
        env.put("DEEPGRAM_API_KEY", "dg-bench");
        env.put("DEEPGRAM_URL", deepgram.url());
        env.put("CARTESIA_API_KEY", "ct-bench");
        env.put("CARTESIA_URL", cartesia.url());
        env.put("OPENAI_API_KEY", "sk-bench");
        env.put("OPENAI_BASE_URL", model.baseUrl());
        env.put("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        env.put("TWILIO_ACCOUNT_SID", "ACbench");
        env.put("TWILIO_API_URL", twilio.url());
        env.put("PUBLIC_URL", PUBLIC_URL);
        env.put("SILENCE_PROMPT_MS", "30000");
        return env;
    }

    @Override
    public void close() {
        vertx.close().await();
    }
}
