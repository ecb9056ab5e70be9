package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;

@DisplayName("A broken file in the tenants folder")
class FolderFaultsTest {
    private static final String OPEN = "2026-11-24T12:00:00-05:00";
    private final BlockingQueue<String> log = new LinkedBlockingQueue<>();
    private final Handler capture = new Handler() {
        @Override public void publish(LogRecord r) { log.add(r.getLevel() + " " + r.getMessage()); }
        @Override public void flush() { }
        @Override public void close() { }
    };
    private RunningGateway gw;

    @BeforeEach
    void start() throws Exception {
        Logger.getLogger("pizzeria").addHandler(capture);
        gw = RunningGateway.with(Path.of("restaurants", "slice-shack.yaml"));
    }

    @AfterEach
    void stop() {
        gw.close();
        Logger.getLogger("pizzeria").removeHandler(capture);
    }

    @Test
    @DisplayName("with one Latin-1 byte: reported with its file and line, and the version live keeps answering")
    void latin1Byte() throws Exception {
        Path file = gw.restaurants().resolve("slice-shack.yaml");
        String yaml = Files.readString(file);
        String broken = yaml.replace("Slice Shack, what can I get you?", "Slice Shack caf\u00e9, what can I get you?");
        Files.write(file, broken.getBytes(StandardCharsets.ISO_8859_1));
        int line = AdminApiTest.lineOf(broken, "caf\u00e9");
        String reported = awaitLog(m -> m.contains("slice-shack.yaml:" + line + ":") && m.contains("UTF-8"));
        assertThat(reported).startsWith("WARNING").contains("the version live stays");

        // Later scans neither take the file for deleted nor report it again: a new tenant going live shows they ran.
        Files.writeString(gw.restaurants().resolve("other-shack.yaml"), yaml.replace("id: slice-shack", "id: other-shack")
                .replace("phone_numbers: [\"+12155550177\", \"+12155550178\"]", "phone_numbers: [\"+12155550179\"]"));
        awaitRouted("+12155550179");
        JsonObject call = gw.call("+12155550177", "+12675550400", OPEN);
        assertThat(call.getString("tenant")).as(call.encode()).isEqualTo("slice-shack");
        assertThat(call.getString("reply")).isEqualTo("Slice Shack, what can I get you?");
        assertThat(log).noneMatch(m -> m.contains("UTF-8"));
    }

    @Test
    @DisplayName("of 50 MB: refused by its size without being read, and uploads go on working")
    void hugeFile() throws Exception {
        Path big = gw.restaurants().resolve("huge.yaml");
        byte[] filler = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            out.write("id: huge\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 50 * 1024; i++) out.write(filler);
        }
        String reported = awaitLog(m -> m.contains("huge.yaml") && m.contains("larger than"));
        assertThat(reported).startsWith("WARNING").contains("1 MB");

        String shack = Files.readString(Path.of("restaurants", "slice-shack.yaml"));
        var put = gw.putYaml("/admin/tenants/upload-shack", shack.replace("id: slice-shack", "id: upload-shack")
                .replace("phone_numbers: [\"+12155550177\", \"+12155550178\"]", "phone_numbers: [\"+12155550181\"]"), RunningGateway.ADMIN);
        assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
        assertThat(gw.call("+12155550181", "+12675550401", OPEN).getString("tenant")).isEqualTo("upload-shack");
    }

    /** The scan runs on the gateway's own timer: the log line is waited for, up to a deadline. */
    private String awaitLog(Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String m = log.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (m != null && wanted.test(m)) return m;
        }
        throw new AssertionError("no such log line; seen: " + log);
    }

    private void awaitRouted(String number) throws Exception {
        CompletableFuture<Void> live = new CompletableFuture<>();
        long probe = gw.vertx().setPeriodic(0, 5, t -> {
            if (gw.gateway().registry().byNumber(number).isPresent()) live.complete(null);
        });
        try {
            live.get(10, TimeUnit.SECONDS);
        } finally {
            gw.vertx().cancelTimer(probe);
        }
    }
}
