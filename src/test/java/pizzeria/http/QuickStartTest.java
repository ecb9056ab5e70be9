package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.tenant.Tenant;
import pizzeria.testing.RunningGateway;

/** The README's quick start, as a newcomer follows it: its hand-made call works at any hour, its commands exist. */
@DisplayName("The README's quick start")
class QuickStartTest {
    private static final Path README = Path.of("README.md");
    private static RunningGateway gw;
    private static String quickStart;

    @BeforeAll
    static void start() throws Exception {
        gw = RunningGateway.with(Path.of("restaurants", "tonys-pizza.yaml"));
        String readme = Files.readString(README);
        int from = readme.indexOf("## Trying it");
        quickStart = readme.substring(from, readme.indexOf("\n## ", from + 3));
    }

    @AfterAll
    static void stop() {
        gw.close();
    }

    /** One curl line of the README: method, path, headers and body (-X, -H '...', -d '...'). */
    record Curl(String method, String path, Map<String, String> headers, String body) {
        static Curl of(String line) {
            Matcher url = Pattern.compile("localhost:8080(/\\S*)").matcher(line);
            assertThat(url.find()).as(line).isTrue();
            Matcher x = Pattern.compile("-X\\s*(\\w+)").matcher(line);
            Map<String, String> headers = new LinkedHashMap<>();
            Matcher h = Pattern.compile("-H '([^':]+):\\s*([^']*)'").matcher(line);
            while (h.find()) headers.put(h.group(1), h.group(2));
            Matcher d = Pattern.compile("-d '([^']*)'").matcher(line);
            return new Curl(x.find() ? x.group(1) : "GET", url.group(1), headers, d.find() ? d.group(1) : null);
        }
    }

    private static List<Curl> curls() {
        List<Curl> out = new ArrayList<>();
        for (String line : quickStart.split("\n")) if (line.startsWith("curl ") && line.contains("/v1/calls")) out.add(Curl.of(line));
        return out;
    }

    @Test
    @DisplayName("the hand-made call is put at a time the restaurant is open, so it is answered at any hour, and takes the order")
    void handMadeCall() {
        List<Curl> curls = curls();
        assertThat(curls).hasSize(2);
        Curl first = curls.get(0);
        assertThat(first.headers()).as("the first call sets its clock").containsKey("X-Clock");
        Tenant tonys = gw.gateway().registry().byNumber(new JsonObject(first.body()).getString("to")).orElseThrow();
        assertThat(tonys.hours().isOpen(ZonedDateTime.parse(first.headers().get("X-Clock")).withZoneSameInstant(tonys.timezone())))
                .as("open at the README's X-Clock").isTrue();

        JsonObject answer = gw.post(first.path(), new JsonObject(first.body()), first.headers()).bodyAsJsonObject();
        assertThat(answer.getBoolean("ended")).isFalse();
        assertThat(answer.getString("reply")).isEqualTo(tonys.voice().greeting());
        Curl turn = curls.get(1);
        JsonObject said = gw.post(turn.path().replace("<callId>", answer.getString("callId")), new JsonObject(turn.body()), turn.headers())
                .bodyAsJsonObject();
        assertThat(said.getJsonObject("cart").encode()).contains("pepperoni");
    }

    @Test
    @DisplayName("it says what to install, how to stop and reset, and where the contract is; make has the targets it names")
    void saysWhatANewcomerNeeds() throws Exception {
        assertThat(quickStart).contains("JDK 17").contains("Maven").contains("`make`").contains("Python 3").contains("PyYAML")
                .contains("Ctrl-C").contains("make reset").contains("make scenarios").contains("../shared/spec/CONTRACT.md");
        String makefile = Files.readString(Path.of("Makefile"));
        assertThat(makefile).containsPattern("(?m)^reset:").containsPattern("(?m)^scenarios:");
        assertThat(Files.exists(Path.of("..", "shared", "spec", "CONTRACT.md"))).isTrue();
    }

    @Test
    @DisplayName("make scenarios waits for the gateway instead of racing its start: ready at once when it answers, a clear failure when none does")
    void scenariosWaitForTheGateway() throws Exception {
        Process ready = new ProcessBuilder("python3", "tools/wait_ready.py", "http://127.0.0.1:" + gw.port() + "/health", "30")
                .redirectErrorStream(true).start();
        assertThat(ready.waitFor(40, TimeUnit.SECONDS)).isTrue();
        assertThat(ready.exitValue()).isZero();

        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Process none = new ProcessBuilder("python3", "tools/wait_ready.py", "http://127.0.0.1:" + closed + "/health", "1")
                .redirectErrorStream(true).start();
        assertThat(none.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(none.exitValue()).isEqualTo(1);
        assertThat(new String(none.getInputStream().readAllBytes())).contains("is `make run` running?");
    }
}
