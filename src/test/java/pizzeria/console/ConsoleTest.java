package pizzeria.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;

/** The console over plain HTTP: sign-in and sessions, CSRF, scoping, escaping and the security headers. */
@DisplayName("Console")
class ConsoleTest {
    private static RunningGateway gw;
    private static String owner;

    @BeforeAll
    static void start() throws Exception {
        gw = RunningGateway.with(RunningGateway.SPEC.resolve("restaurant.example.yaml"), Path.of("restaurants", "slice-shack.yaml"));
        owner = gw.send(HttpMethod.POST, "/admin/tenants/tonys-pizza/tokens", RunningGateway.ADMIN).bodyAsJsonObject().getString("token");
    }

    @AfterAll
    static void stop() {
        gw.close();
    }

    static String placeAnOrder(RunningGateway gw, String from, String name) {
        JsonObject first = gw.call("+12015550100", from, "2026-11-24T18:30:00-05:00");
        String id = first.getString("callId");
        for (String line : List.of("a large pepperoni pie", "that's all", "yes", name, "pickup")) gw.say(id, line);
        JsonObject placed = gw.say(id, "yes");
        assertThat(placed.getString("orderId")).as(placed.encodePrettily()).isNotNull();
        return placed.getString("orderId");
    }

    @Test
    @DisplayName("an owner signs in with a token: a random HttpOnly, SameSite=Strict session cookie, then the board")
    void signIn() throws Exception {
        ConsoleClient c = new ConsoleClient(gw.port());
        HttpResponse<String> form = c.get("/console");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Security-Policy")).hasValue(Console.CSP);
        assertThat(form.body()).contains("name=\"token\"").doesNotContain("<script>").doesNotContain("style=");

        HttpResponse<String> in = c.signIn(owner);
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.headers().firstValue("Location")).hasValue("/console/t/tonys-pizza/board");
        String cookie = in.headers().allValues("Set-Cookie").stream().filter(s -> s.startsWith(Console.SESSION + "=")).findFirst().orElseThrow();
        assertThat(cookie.toLowerCase()).contains("httponly").contains("samesite=strict").contains("path=/console").doesNotContain("secure");
        assertThat(cookie).isNotNull();
        assertThat(c.cookies.get(Console.SESSION)).hasSizeGreaterThanOrEqualTo(43);
        ConsoleClient behindHttps = new ConsoleClient(gw.port()).header("X-Forwarded-Proto", "https");
        assertThat(behindHttps.signIn(owner).headers().allValues("Set-Cookie").stream().filter(x -> x.startsWith(Console.SESSION + "="))
                .findFirst().orElseThrow().toLowerCase()).as("Secure when https").contains("secure");
        HttpResponse<String> board = c.get("/console/t/tonys-pizza/board");
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.headers().firstValue("Content-Security-Policy")).hasValue(Console.CSP);
        assertThat(board.body()).contains("<script src=\"/console/static/board.js\" defer></script>");
        assertThat(c.get("/console/static/board.js").statusCode()).isEqualTo(200);
        assertThat(c.get("/console/static/chime.wav").headers().firstValue("Content-Type").orElse("")).contains("audio");

        String csrf = ConsoleClient.csrf(board.body());
        assertThat(c.post("/console/sign-out", Map.of()).statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(c.post("/console/sign-out", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);
        assertThat(c.get("/console/t/tonys-pizza/board").statusCode()).as("signed out").isEqualTo(303);
    }

    @Test
    @DisplayName("a wrong token, a forged sign-in form and a POST without the CSRF token are refused")
    void refused() throws Exception {
        ConsoleClient c = new ConsoleClient(gw.port());
        assertThat(c.signIn("not-a-token").statusCode()).isEqualTo(401);
        assertThat(new ConsoleClient(gw.port()).post("/console/sign-in", Map.of("token", owner)).statusCode())
                .as("no sign-in form token").isEqualTo(403);
        c.signIn(owner);
        String orderId = placeAnOrder(gw, "+19735550701", "Mike");
        assertThat(c.post("/console/t/tonys-pizza/orders/" + orderId + "/status", Map.of("status", "accepted")).statusCode()).isEqualTo(403);
        assertThat(c.post("/console/t/tonys-pizza/orders/" + orderId + "/status", Map.of("status", "accepted", "csrf", "wrong")).statusCode())
                .isEqualTo(403);
        assertThat(c.post("/console/t/tonys-pizza/sold-out", Map.of("what", "garlic-knots", "soldOut", "yes")).statusCode()).isEqualTo(403);
        assertThat(gw.get("/admin/tenants/tonys-pizza/availability", RunningGateway.ADMIN).bodyAsJsonObject().getJsonArray("unavailable")).isEmpty();

        String csrf = ConsoleClient.csrf(c.get("/console/t/tonys-pizza/board").body());
        assertThat(c.post("/console/t/tonys-pizza/orders/" + orderId + "/status", Map.of("status", "ready", "csrf", csrf)).statusCode())
                .as("an impossible step").isEqualTo(409);
        assertThat(c.post("/console/t/tonys-pizza/orders/" + orderId + "/status", Map.of("status", "accepted", "csrf", csrf)).statusCode())
                .isEqualTo(303);
    }

    @Test
    @DisplayName("an owner reaches no other tenant's pages, tickets or stream (404); the operator reaches every one")
    void scoped() throws Exception {
        ConsoleClient c = new ConsoleClient(gw.port());
        c.signIn(owner);
        for (String path : List.of("/console/t/slice-shack/board", "/console/t/slice-shack/stream", "/console/t/slice-shack/sold-out",
                "/console/t/slice-shack/orders/x/ticket", "/console/t/nobody/board")) {
            assertThat(c.get(path).statusCode()).as(path).isEqualTo(404);
        }
        String csrf = ConsoleClient.csrf(c.get("/console/t/tonys-pizza/board").body());
        assertThat(c.post("/console/t/slice-shack/sold-out", Map.of("what", "x", "soldOut", "yes", "csrf", csrf)).statusCode()).isEqualTo(404);

        ConsoleClient op = new ConsoleClient(gw.port());
        assertThat(op.signIn(RunningGateway.ADMIN).headers().firstValue("Location")).hasValue("/console/home");
        assertThat(op.get("/console/t/slice-shack/board").statusCode()).isEqualTo(200);
        assertThat(op.get("/console/t/tonys-pizza/sold-out").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("everything shown is escaped: an order whose name is <script> is text on the board, the ticket and the live stream")
    void escaped() throws Exception {
        JsonObject evil = new JsonObject().put("orderId", "01EVIL").put("status", "placed").put("customerName", "<script>alert(1)</script>")
                .put("callerPhone", "\"><img src=x onerror=alert(2)>").put("totalCents", 1234)
                .put("fulfillment", new JsonObject().put("type", "delivery").put("address", "<b>1 Main</b>").put("zip", "07030"))
                .put("items", new io.vertx.core.json.JsonArray().add(new JsonObject().put("name", "<i>Pie</i>").put("quantity", 1)
                        .put("options", new JsonObject().put("toppings", new io.vertx.core.json.JsonArray().add("<u>x</u>")))))
                .put("statusHistory", new io.vertx.core.json.JsonArray().add(new JsonObject().put("status", "placed").put("at", "2026-11-24T23:30:00Z")));
        String card = OrderCard.render("tonys-pizza", evil, "csrf", java.time.ZoneId.of("America/New_York"));
        String ticket = TicketPage.render(gw.gateway().registry().byId("tonys-pizza").orElseThrow(), evil);
        for (String html : List.of(card, ticket)) {
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert").doesNotContain("<img")
                    .doesNotContain("<b>").doesNotContain("<i>").doesNotContain("<u>");
        }

        ConsoleClient c = new ConsoleClient(gw.port());
        c.signIn(owner);
        java.util.concurrent.BlockingQueue<String> events = c.stream("/console/t/tonys-pizza/stream");
        assertThat(events.poll(2, java.util.concurrent.TimeUnit.SECONDS)).as("subscribed").isEqualTo(ConsoleClient.CONNECTED);
        gw.vertx().eventBus().publish(pizzeria.http.AdminApi.ordersAddress("tonys-pizza"), evil);
        String event = events.poll(2, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(event).as("relayed").isNotNull();
        String html = new JsonObject(event).getString("html");
        assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>").doesNotContain("<img");
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("the calls page lists the calls, and a call shows its transcript and cost; another tenant's answers 404")
    void calls() throws Exception {
        String id = gw.call("+12015550100", "+19735550777", "2026-11-24T18:30:00-05:00").getString("callId");
        gw.say(id, "a large pepperoni pie");
        gw.say(id, "<b>never mind</b>");
        ConsoleClient c = new ConsoleClient(gw.port());
        c.signIn(owner);
        String list = c.get("/console/t/tonys-pizza/calls").body();
        assertThat(list).contains("+19735550777").contains("/console/t/tonys-pizza/calls/" + id);
        var one = c.get("/console/t/tonys-pizza/calls/" + id);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("a large pepperoni pie").contains("&lt;b&gt;never mind&lt;/b&gt;").doesNotContain("<b>never")
                .contains("Cost");
        assertThat(c.get("/console/t/slice-shack/calls").statusCode()).isEqualTo(404);
        assertThat(c.get("/console/t/tonys-pizza/calls/CAnosuch").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("the hours page tells today's hours, the week ahead, and the closures and special hours to come from the file")
    void hours() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/New_York"));
        java.time.LocalDate closed = today.plusDays(2), shorter = today.plusDays(3), past = today.minusDays(5);
        String file = OperatorConsoleTest.anotherRestaurant("hours-shop", "Hours Shop", "+12015550666")
                .replaceFirst("(?m)^hours:", "closures: [\"" + closed + "\", \"" + past + "\"]\nspecial_hours: {\"" + shorter + "\": \"11:00-16:00\"}\nhours:");
        assertThat(gw.putYaml("/admin/tenants/hours-shop", file, RunningGateway.ADMIN).statusCode()).isEqualTo(200);
        ConsoleClient op = new ConsoleClient(gw.port());
        op.signIn(RunningGateway.ADMIN);
        String page = op.get("/console/t/hours-shop/hours").body();
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.US);
        assertThat(page).containsPattern("id=\"open-now\">(Open|Closed) now").contains("Today, " + day.format(today));
        assertThat(page).contains(day.format(closed) + ", " + closed.getYear() + ": closed")
                .contains(day.format(shorter) + ", " + shorter.getYear() + ": 11 AM to 4 PM")
                .as("a closure already past is not shown").doesNotContain(day.format(past));
        assertThat(page).contains("<tr class=\"special\"><th>" + day.format(closed) + "</th><td>closed</td>");
    }

    @Test
    @DisplayName("rejecting from the board needs a reason, and the order carries it")
    void rejectWithReason() throws Exception {
        ConsoleClient c = new ConsoleClient(gw.port());
        c.signIn(owner);
        String orderId = placeAnOrder(gw, "+19735550702", "Rita");
        String board = c.get("/console/t/tonys-pizza/board").body();
        assertThat(board).contains("name=\"reason\"").contains("required");
        String csrf = ConsoleClient.csrf(board);
        assertThat(c.post("/console/t/tonys-pizza/orders/" + orderId + "/status", Map.of("status", "rejected", "reason", "out of dough", "csrf", csrf))
                .statusCode()).isEqualTo(303);
        JsonObject order = gw.get("/admin/tenants/tonys-pizza/orders", owner).bodyAsJsonObject().getJsonArray("orders").stream()
                .map(o -> (JsonObject) o).filter(o -> o.getString("orderId").equals(orderId)).findFirst().orElseThrow();
        assertThat(order.getString("status")).isEqualTo("rejected");
        assertThat(order.encode()).contains("out of dough");
        assertThat(c.get("/console/t/tonys-pizza/board").body()).contains("out of dough");
    }

    @Test
    @DisplayName("toppings and options have their own sold-out toggles, and a marked topping is refused in a call")
    void soldOutTopping() throws Exception {
        ConsoleClient c = new ConsoleClient(gw.port());
        c.signIn(owner);
        String page = c.get("/console/t/tonys-pizza/sold-out").body();
        assertThat(page).contains("Toppings and choices").contains("id=\"toggle-topping-anchovies\"").contains("id=\"toggle-option-sauce-hot\"");
        String csrf = ConsoleClient.csrf(page);
        assertThat(c.post("/console/t/tonys-pizza/sold-out", Map.of("what", "topping:anchovies", "soldOut", "yes", "csrf", csrf)).statusCode()).isEqualTo(303);
        try {
            assertThat(c.get("/console/t/tonys-pizza/sold-out").body()).contains("id=\"toggle-topping-anchovies\" aria-pressed=\"true\"");
            String call = gw.call("+12015550100", "+19735550703", "2026-11-24T18:30:00-05:00").getString("callId");
            JsonObject turn = gw.say(call, "a small pie with anchovies");
            assertThat(turn.getString("reply")).contains("out of anchovies");
            assertThat(turn.getJsonObject("cart").getJsonArray("items")).isEmpty();
        } finally {
            c.post("/console/t/tonys-pizza/sold-out", Map.of("what", "topping:anchovies", "soldOut", "no", "csrf", csrf));
        }
        assertThat(gw.get("/admin/tenants/tonys-pizza/availability", owner).bodyAsJsonObject().getJsonArray("unavailable")).isEmpty();
    }
}
