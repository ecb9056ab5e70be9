package pizzeria.testing;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import pizzeria.Gateway;
import pizzeria.Settings;

/**
 * A whole gateway for a test: real HTTP on a free port, a fresh database on the shared test PostgreSQL,
 * and its own tenants folder. Calls block the test thread, never an event loop.
 */
public final class RunningGateway implements AutoCloseable {
    public static final String ADMIN = "test-admin-token";
    public static final Path SPEC = Path.of("..", "shared", "spec");

    private final Vertx vertx;
    private final Gateway gateway;
    private final WebClient client;
    private final Path restaurants;

    private String databaseUrl;

    private RunningGateway(Vertx vertx, Gateway gateway, Path restaurants) {
        this.vertx = vertx;
        this.gateway = gateway;
        this.restaurants = restaurants;
        this.client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
                .setDefaultPort(gateway.port()));
    }

    /** A gateway serving the given tenant files (copied into a fresh folder). */
    public static RunningGateway with(Path... tenantFiles) throws IOException {
        return with(Map.of(), tenantFiles);
    }

    /** The same, with more environment (provider URLs and keys). */
    public static RunningGateway with(Map<String, String> extraEnv, Path... tenantFiles) throws IOException {
        return with(extraEnv, java.time.Clock.systemUTC(), tenantFiles);
    }

    /** The same, on a clock the test may move (see {@link MovableClock}). */
    public static RunningGateway with(Map<String, String> extraEnv, java.time.Clock clock, Path... tenantFiles) throws IOException {
        Path dir = Files.createTempDirectory("restaurants");
        for (Path f : tenantFiles) Files.copy(f, dir.resolve(f.getFileName().toString()));
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("DATABASE_URL", TestPostgres.freshDatabase("gw"));
        env.put("RESTAURANTS_DIR", dir.toString());
        env.put("PLUGINS_DIR", dir.resolve("no-plugins").toString());
        env.put("ADMIN_TOKEN", ADMIN);
        env.put("ALLOW_TEST_CLOCK", "1");
        env.put("RESTAURANTS_SCAN_MS", "200");
        // Every test call comes from 127.0.0.1, hundreds a minute in the scenario suites; LimitsTest sets its own.
        env.put("CALL_STARTS_PER_MINUTE", "1000000");
        env.put("DATA_DIR", Files.createTempDirectory("gateway-data").toString());
        env.putAll(extraEnv);
        Vertx vertx = Vertx.vertx();
        Gateway g;
        try {
            g = Gateway.start(vertx, Settings.from(env), clock).await();
        } catch (RuntimeException e) {
            vertx.close().await();
            throw e;
        }
        RunningGateway running = new RunningGateway(vertx, g, dir);
        running.databaseUrl = env.get("DATABASE_URL");
        return running;
    }

    public static RunningGateway withReferenceTenant() throws IOException {
        return with(SPEC.resolve("restaurant.example.yaml"));
    }

    public Path restaurants() { return restaurants; }
    /** The gateway's database, for a test that has to break it on purpose. */
    public String databaseUrl() { return databaseUrl; }
    public Gateway gateway() { return gateway; }

    public HttpResponse<Buffer> post(String path, JsonObject body, Map<String, String> headers) {
        var req = client.post(path);
        headers.forEach(req::putHeader);
        return req.sendJsonObject(body).await();
    }

    public HttpResponse<Buffer> post(String path, JsonObject body) {
        return post(path, body, Map.of());
    }

    public HttpResponse<Buffer> get(String path, String token) {
        var req = client.get(path);
        if (token != null) req.bearerTokenAuthentication(token);
        return req.send().await();
    }

    public HttpResponse<Buffer> postForm(String path, io.vertx.core.MultiMap form, Map<String, String> headers) {
        var req = client.post(path);
        headers.forEach(req::putHeader);
        return req.sendForm(form).await();
    }

    public Vertx vertx() { return vertx; }

    public int port() { return gateway.port(); }

    public HttpResponse<Buffer> putYaml(String path, String yaml, String token) {
        var req = client.put(path).putHeader("Content-Type", "application/yaml");
        if (token != null) req.bearerTokenAuthentication(token);
        return req.sendBuffer(Buffer.buffer(yaml)).await();
    }

    public HttpResponse<Buffer> send(io.vertx.core.http.HttpMethod method, String path, String token) {
        var req = client.request(method, path);
        if (token != null) req.bearerTokenAuthentication(token);
        return req.send().await();
    }

    /** Starts a text call and returns its first response body. */
    public JsonObject call(String to, String from, String clock) {
        Map<String, String> h = clock == null ? Map.of() : Map.of("X-Clock", clock);
        return post("/v1/calls", new JsonObject().put("to", to).put("from", from), h).bodyAsJsonObject();
    }

    public JsonObject say(String callId, String text) {
        return post("/v1/calls/" + callId + "/turns", new JsonObject().put("text", text)).bodyAsJsonObject();
    }

    @Override
    public void close() {
        gateway.stop(Duration.ofSeconds(1)).await();
        vertx.close().await();
    }
}
