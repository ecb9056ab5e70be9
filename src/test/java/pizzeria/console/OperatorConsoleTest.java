package pizzeria.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;

/** The operator's pages over plain HTTP: the restaurants with their state, onboarding, owner tokens, disabling. */
@DisplayName("Console for operators")
class OperatorConsoleTest {
    private static RunningGateway gw;

    @BeforeAll
    static void start() throws Exception {
        gw = RunningGateway.with(RunningGateway.SPEC.resolve("restaurant.example.yaml"), Path.of("restaurants", "slice-shack.yaml"));
    }

    @AfterAll
    static void stop() {
        gw.close();
    }

    /** Tony's file as another restaurant: its own id, name and numbers. */
    static String anotherRestaurant(String id, String name, String number) throws Exception {
        return Files.readString(RunningGateway.SPEC.resolve("restaurant.example.yaml"))
                .replaceFirst("(?m)^id: tonys-pizza", "id: " + id).replaceFirst("(?m)^name: Tony's Pizza", "name: " + name)
                .replaceFirst("(?m)^phone_numbers: .*$", "phone_numbers: [\"" + number + "\"]");
    }

    private static ConsoleClient operator() throws Exception {
        ConsoleClient op = new ConsoleClient(gw.port());
        assertThat(op.signIn(RunningGateway.ADMIN).headers().firstValue("Location")).hasValue("/console/home");
        return op;
    }

    @Test
    @DisplayName("the operator sees every restaurant with its numbers, version and state; an owner gets 404 there")
    void restaurants() throws Exception {
        String home = operator().get("/console/home").body();
        assertThat(home).contains("id=\"tenant-tonys-pizza\" data-state=\"live\"").contains("Tony&#39;s Pizza").contains("+12015550100")
                .contains("id=\"tenant-slice-shack\"").containsPattern("live · (open|closed) now");

        String owner = gw.send(io.vertx.core.http.HttpMethod.POST, "/admin/tenants/tonys-pizza/tokens", RunningGateway.ADMIN)
                .bodyAsJsonObject().getString("token");
        ConsoleClient c = new ConsoleClient(gw.port());
        c.signIn(owner);
        assertThat(c.get("/console/home").statusCode()).isEqualTo(404);
        String csrf = ConsoleClient.csrf(c.get("/console/t/tonys-pizza/board").body());
        assertThat(c.post("/console/tenants", Map.of("csrf", csrf, "id", "owners-own", "yaml", anotherRestaurant("owners-own", "X", "+12015550555")))
                .statusCode()).isEqualTo(404);
        assertThat(c.post("/console/tenants/slice-shack/disable", Map.of("csrf", csrf, "confirm", "yes")).statusCode()).isEqualTo(404);
        assertThat(gw.gateway().registry().byId("owners-own")).isEmpty();
        assertThat(gw.gateway().registry().byId("slice-shack")).isPresent();
    }

    @Test
    @DisplayName("onboarding: a broken file is refused by line and nothing is created; a good one is live, its owner token signs in")
    void onboard() throws Exception {
        ConsoleClient op = operator();
        String csrf = ConsoleClient.csrf(op.get("/console/home").body());
        String file = anotherRestaurant("marios", "Mario's", "+12015550333");

        HttpResponse<String> broken = op.post("/console/tenants", Map.of("csrf", csrf, "id", "marios",
                "yaml", file.replaceFirst("timezone: America/New_York", "timezone: Mars/Olympus")));
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).contains("upload-errors").containsPattern("line \\d+").contains("class=\"bad\"").contains("Mars/Olympus");
        assertThat(gw.gateway().registry().byId("marios")).isEmpty();
        assertThat(gw.call("+12015550333", "+19735550901", null).toString()).doesNotContain("callId");

        HttpResponse<String> good = op.post("/console/tenants", Map.of("csrf", csrf, "id", "marios", "yaml", file));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
        assertThat(good.body()).contains("Mario&#39;s (marios) is live: version 1").contains("id=\"tenant-marios\" data-state=\"live\"");
        assertThat(gw.call("+12015550333", "+19735550901", "2026-11-24T18:30:00-05:00").getString("tenant")).isEqualTo("marios");

        HttpResponse<String> minted = op.post("/console/tenants/marios/token", Map.of("csrf", csrf));
        assertThat(minted.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("<output id=\"new-token\">([^<]+)</output>").matcher(minted.body());
        assertThat(m.find()).as("the token is shown once").isTrue();
        ConsoleClient owner = new ConsoleClient(gw.port());
        assertThat(owner.signIn(m.group(1)).headers().firstValue("Location")).hasValue("/console/t/marios/board");
        assertThat(owner.get("/console/t/tonys-pizza/board").statusCode()).as("scoped to Mario's").isEqualTo(404);
        assertThat(op.get("/console/home").body()).as("shown only once").doesNotContain(m.group(1));
    }

    @Test
    @DisplayName("disabling needs a tick; then the restaurant's number no longer answers, it shows as disabled, its data stays")
    void disable() throws Exception {
        gw.putYaml("/admin/tenants/luigis", anotherRestaurant("luigis", "Luigi's", "+12015550444"), RunningGateway.ADMIN);
        String orderId = placeAt(gw, "+12015550444");
        ConsoleClient op = operator();
        String csrf = ConsoleClient.csrf(op.get("/console/home").body());
        assertThat(op.post("/console/tenants/luigis/disable", Map.of("csrf", csrf)).statusCode()).as("not ticked").isEqualTo(400);
        assertThat(gw.gateway().registry().byId("luigis")).isPresent();

        HttpResponse<String> done = op.post("/console/tenants/luigis/disable", Map.of("csrf", csrf, "confirm", "yes"));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("luigis is disabled").contains("id=\"tenant-luigis\" data-state=\"disabled\"");
        assertThat(gw.post("/v1/calls", new JsonObject().put("to", "+12015550444").put("from", "+19735550902")).statusCode()).isEqualTo(404);
        assertThat(gw.get("/admin/tenants", RunningGateway.ADMIN).bodyAsJsonObject().getJsonArray("tenants").stream()
                .map(t -> (JsonObject) t).filter(t -> t.getString("id").equals("luigis")).findFirst().orElseThrow().getBoolean("enabled")).isFalse();
        assertThat(gw.get("/admin/tenants/luigis/orders", RunningGateway.ADMIN).bodyAsString()).as("its orders are kept").contains(orderId);
    }

    private static String placeAt(RunningGateway gw, String number) {
        String id = gw.call(number, "+19735550903", "2026-11-24T18:30:00-05:00").getString("callId");
        for (String line : java.util.List.of("a large pepperoni pie", "that's all", "yes", "Ann", "pickup")) gw.say(id, line);
        return gw.say(id, "yes").getString("orderId");
    }
}
