package pizzeria.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway under test as its own process, started the way `make run` starts it (the built jar, its
 * libraries, G1), and read from outside: CPU time and RSS from /proc, heap through jcmd.
 */
final class GatewayProcess implements AutoCloseable {
    static final String JAR = "target/gateway-0.1.0-SNAPSHOT.jar";
    /** The same as `make run`'s; GATEWAY_JAVA_OPTS replaces it (another collector, a JFR recording). */
    static final String DEFAULT_JAVA_OPTS = "-XX:+UseG1GC";
    /** Serial and Parallel print one line per generation, G1 one for the heap ("total 262144K, used 30000K"). */
    private static final Pattern USED = Pattern.compile("(?:generation|heap)\\s+total \\d+K, used (\\d+)K");
    private static final long CLOCK_TICKS = 100;

    private final Process process;
    final int port;
    final long startMillis;
    private final long startedNanos;

    private GatewayProcess(Process process, int port, long startMillis, long startedNanos) {
        this.process = process;
        this.port = port;
        this.startMillis = startMillis;
        this.startedNanos = startedNanos;
    }

    /** Starts the gateway and waits until it answers /health; the time that took is {@link #startMillis}. */
    static GatewayProcess start(Map<String, String> env, Path log) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<String>();
        command.add("java");
        for (String option : System.getenv().getOrDefault("GATEWAY_JAVA_OPTS", DEFAULT_JAVA_OPTS).split(" ")) {
            if (!option.isBlank()) command.add(option);
        }
        command.addAll(java.util.List.of("-cp", JAR + ":target/lib/*", "pizzeria.Main"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        int port = Integer.parseInt(env.get("PORT"));
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            if (!p.isAlive()) throw new IllegalStateException("the gateway exited; see " + log);
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) break;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(50); // the gateway is another process: nothing to wait on but its /health
        }
        return new GatewayProcess(p, port, (System.nanoTime() - t0) / 1_000_000, t0);
    }

    /** Waits until /health reports no tenant schema still to be made; milliseconds since the process started. */
    long awaitSchemasReady() throws IOException, InterruptedException {
        return awaitNonePending("schemasPending");
    }

    long awaitVersionsRecorded() throws IOException, InterruptedException {
        return awaitNonePending("versionsPending");
    }

    /** Milliseconds from the process start until /health reports none of {@code what} pending. */
    private long awaitNonePending(String what) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            var r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (new io.vertx.core.json.JsonObject(r.body()).getInteger(what, 0) == 0) {
                return (System.nanoTime() - startedNanos) / 1_000_000;
            }
            Thread.sleep(200); // the gateway is another process: its /health is the only news of it
        }
    }

    long pid() {
        return process.pid();
    }

    /** User plus system CPU seconds the process has used so far. */
    double cpuSeconds() throws IOException {
        return userSeconds() + systemSeconds();
    }

    /** CPU seconds in the kernel (system calls, the loopback network) so far. */
    double systemSeconds() throws IOException {
        return stat(12) / (double) CLOCK_TICKS;
    }

    private double userSeconds() throws IOException {
        return stat(11) / (double) CLOCK_TICKS;
    }

    private long stat(int field) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid() + "/stat"));
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[field]);
    }

    long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
        throw new IllegalStateException("no VmRSS");
    }

    /** Heap in use; after a full collection when {@code collectFirst} (that is the live heap). */
    long heapUsedBytes(boolean collectFirst) throws IOException, InterruptedException {
        if (collectFirst) jcmd("GC.run");
        Matcher m = USED.matcher(jcmd("GC.heap_info"));
        long kib = 0;
        while (m.find()) kib += Long.parseLong(m.group(1));
        return kib * 1024;
    }

    String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", String.valueOf(pid()), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    /** SIGTERM, as an orchestrator stops it: the gateway drains and stops its database. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
