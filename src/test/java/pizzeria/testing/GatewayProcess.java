package pizzeria.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The gateway as `make run` runs it: {@code pizzeria.Main} in a child JVM, so a test can send it a real signal
 * and see its real exit code. It gets a fresh database on the test PostgreSQL and its own tenants folder;
 * its log goes to a file a failing test can show.
 */
public final class GatewayProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;
    private final String databaseUrl;

    private GatewayProcess(Process process, int port, Path log, String databaseUrl) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.databaseUrl = databaseUrl;
    }

    public static GatewayProcess start(Map<String, String> extraEnv, Path... tenantFiles) throws IOException, InterruptedException {
        GatewayProcess gp = launch(extraEnv, tenantFiles);
        gp.awaitHealthy(Duration.ofSeconds(60));
        return gp;
    }

    /** The child started, not waited for: a test that signals it during its start. */
    public static GatewayProcess launch(Map<String, String> extraEnv, Path... tenantFiles) throws IOException {
        Path dir = Files.createTempDirectory("restaurants");
        for (Path f : tenantFiles) Files.copy(f, dir.resolve(f.getFileName().toString()));
        int port = freePort();
        Map<String, String> env = new HashMap<>();
        env.put("PORT", String.valueOf(port));
        env.put("DATABASE_URL", TestPostgres.freshDatabase("proc"));
        env.put("RESTAURANTS_DIR", dir.toString());
        env.put("PLUGINS_DIR", dir.resolve("no-plugins").toString());
        env.put("ADMIN_TOKEN", RunningGateway.ADMIN);
        env.put("ALLOW_TEST_CLOCK", "1");
        env.put("EVENT_LOOPS", "2");
        env.put("DATA_DIR", Files.createTempDirectory("gateway-data").toString());
        env.putAll(extraEnv);
        // Surefire runs the tests from a manifest-only jar; it names the real class path in this property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Files.createTempFile("gateway-process", ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", classPath, "pizzeria.Main").redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return new GatewayProcess(pb.start(), port, log, env.get("DATABASE_URL"));
    }

    /** Polls the child's log until it has {@code line} (the child writes it on its own time), with a deadline. */
    public void awaitLog(String line, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!log().contains(line)) {
            if (!process.isAlive() || System.nanoTime() > deadline) throw new IllegalStateException("no '" + line + "' in:\n" + log());
            Thread.sleep(10); // polling a process outside the test JVM, with a deadline
        }
    }

    /** Polls /health until it answers 200: the child starts on its own, and this is how one knows it is up. */
    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("the gateway exited " + process.exitValue() + ":\n" + log());
            try {
                if (get("/health").statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100); // polling a process outside the test JVM, with a deadline
        }
        throw new IllegalStateException("the gateway was not healthy within " + timeout + ":\n" + log());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A real SIGTERM, as an orchestrator sends it (Process.destroy is SIGTERM on Linux). */
    public void terminate() {
        process.destroy();
    }

    /** The exit code, waiting for it up to {@code timeout}; fails with the log if it does not exit. */
    public int exitCode(Duration timeout) throws InterruptedException, IOException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the gateway did not exit within " + timeout + ":\n" + log());
        }
        return process.exitValue();
    }

    public boolean alive() { return process.isAlive(); }
    public int port() { return port; }
    public String databaseUrl() { return databaseUrl; }

    public String log() throws IOException {
        return Files.readString(log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
