package pizzeria;

import java.nio.file.Path;
import java.util.Map;
import pizzeria.voice.VoiceSettings;

/** The gateway's configuration, read once from the environment (names and defaults as in CONTRACT.md). */
public record Settings(int port, String databaseUrl, Path restaurantsDir, Path pluginsDir, String adminToken,
                       String publicUrl, boolean allowTestClock, Path dataDir, int embeddedDbPort,
                       long folderScanMillis, VoiceSettings voice, Model model, pizzeria.call.PriceTable prices, int eventLoops,
                       long webhookRetryBaseMillis, Limits limits, Faults faults) {

    /**
     * How the gateway rides out a shutdown and a database away: {@code drainMillis} the calls in progress get
     * after SIGTERM; {@code orderCommitMillis} the longest a caller waits for their order to be committed.
     */
    public record Faults(long drainMillis, long orderCommitMillis) { }

    /** The language-model understander; without a key, the local parser understands every turn. */
    public record Model(String apiKey, String baseUrl, String model, long timeoutMillis) { }

    /**
     * What keeps a flood or one caller from taking the gateway down: calls in progress in all, how long a
     * text call may sit with no turn, call starts and failed admin sign-ins per client address a minute, and
     * how long a media socket may stay open without a valid start.
     */
    public record Limits(int maxCalls, long callIdleMillis, int callStartsPerMinute, int localCallStartsPerMinute,
                         int adminAuthFailuresPerMinute, long mediaStartMillis) {
        static Limits from(Map<String, String> env) {
            return new Limits(Integer.parseInt(env.getOrDefault("MAX_CALLS", "2000")),
                    Long.parseLong(env.getOrDefault("CALL_IDLE_MS", "600000")),
                    Integer.parseInt(env.getOrDefault("CALL_STARTS_PER_MINUTE", "60")),
                    Integer.parseInt(env.getOrDefault("LOCAL_CALL_STARTS_PER_MINUTE", "0")),
                    Integer.parseInt(env.getOrDefault("ADMIN_AUTH_FAILURES_PER_MINUTE", "10")),
                    Long.parseLong(env.getOrDefault("MEDIA_START_TIMEOUT_MS", "5000")));
        }
    }

    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    public static Settings from(Map<String, String> env) {
        return new Settings(
                Integer.parseInt(env.getOrDefault("PORT", "8080")),
                blankToNull(env.get("DATABASE_URL")),
                Path.of(env.getOrDefault("RESTAURANTS_DIR", "restaurants")),
                Path.of(env.getOrDefault("PLUGINS_DIR", "plugins")),
                blankToNull(env.get("ADMIN_TOKEN")),
                env.getOrDefault("PUBLIC_URL", "http://localhost:8080"),
                "1".equals(env.get("ALLOW_TEST_CLOCK")),
                Path.of(env.getOrDefault("DATA_DIR", "data")),
                Integer.parseInt(env.getOrDefault("EMBEDDED_DB_PORT", "54329")),
                Long.parseLong(env.getOrDefault("RESTAURANTS_SCAN_MS", "1000")),
                new VoiceSettings(blankToNull(env.get("TWILIO_AUTH_TOKEN")), !"off".equals(env.get("TWILIO_SIGNATURE_CHECK")),
                        env.getOrDefault("TWILIO_ACCOUNT_SID", ""), env.getOrDefault("TWILIO_API_URL", "https://api.twilio.com"),
                        blankToNull(env.get("DEEPGRAM_API_KEY")), env.getOrDefault("DEEPGRAM_URL", "wss://api.deepgram.com/v1/listen"),
                        blankToNull(env.get("CARTESIA_API_KEY")), env.getOrDefault("CARTESIA_URL", "wss://api.cartesia.ai/tts/websocket"),
                        env.getOrDefault("CARTESIA_MODEL", "sonic-2"),
                        Long.parseLong(env.getOrDefault("SILENCE_PROMPT_MS", "8000"))),
                new Model(blankToNull(env.get("OPENAI_API_KEY")), env.getOrDefault("OPENAI_BASE_URL", "https://api.openai.com/v1"),
                        env.getOrDefault("OPENAI_MODEL", "gpt-4.1-mini"), Long.parseLong(env.getOrDefault("OPENAI_TIMEOUT_MS", "2500"))),
                pizzeria.call.PriceTable.from(env),
                Integer.parseInt(env.getOrDefault("EVENT_LOOPS", String.valueOf(Runtime.getRuntime().availableProcessors()))),
                Long.parseLong(env.getOrDefault("WEBHOOK_RETRY_BASE_MS", "5000")),
                Limits.from(env),
                new Faults(Long.parseLong(env.getOrDefault("DRAIN_MS", "120000")),
                        Long.parseLong(env.getOrDefault("ORDER_COMMIT_TIMEOUT_MS", "3000"))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
