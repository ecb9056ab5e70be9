package pizzeria;

import java.nio.file.Path;
import java.util.Map;

/** The gateway's configuration, read once from the environment (names and defaults as in CONTRACT.md). */
public record Settings(int port, String databaseUrl, Path restaurantsDir, Path pluginsDir, String adminToken,
                       String publicUrl, boolean allowTestClock, Path dataDir, int embeddedDbPort,
                       long folderScanMillis) {

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
                Long.parseLong(env.getOrDefault("RESTAURANTS_SCAN_MS", "1000")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
