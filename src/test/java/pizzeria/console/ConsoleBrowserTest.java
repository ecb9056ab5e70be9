package pizzeria.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import pizzeria.testing.RunningGateway;

/** The console in a real browser (headless Chromium on a phone-sized screen), as an owner uses it. */
@DisplayName("Console in a browser")
class ConsoleBrowserTest {
    private static RunningGateway gw;
    private static String owner;
    private static ChromeDriver browser;
    private static pizzeria.outbox.WebhookReceiver pos;

    @BeforeAll
    static void start() throws Exception {
        gw = RunningGateway.with(RunningGateway.SPEC.resolve("restaurant.example.yaml"), Path.of("restaurants", "slice-shack.yaml"));
        owner = gw.send(HttpMethod.POST, "/admin/tenants/tonys-pizza/tokens", RunningGateway.ADMIN).bodyAsJsonObject().getString("token");
        browser = Browser.start(412, 915);
        pos = new pizzeria.outbox.WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (pos != null) pos.close();
        if (gw != null) gw.close();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + gw.port() + path;
    }

    /** A wait that looks again when the page it looked at was replaced meanwhile (a form's redirect reloads it). */
    private static WebDriverWait waitUpTo(long millis) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofMillis(millis));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    @BeforeEach
    void signIn() {
        browser.manage().deleteAllCookies();
        browser.get(url("/console"));
        browser.findElement(By.id("token")).sendKeys(owner);
        browser.findElement(By.cssSelector("form.sign-in button")).click();
        waitUpTo(5000).until(ExpectedConditions.urlContains("/console/t/tonys-pizza/board"));
    }

    private static String orderStatus(String orderId) {
        return gw.get("/admin/tenants/tonys-pizza/orders", owner).bodyAsJsonObject().getJsonArray("orders").stream()
                .map(o -> (JsonObject) o).filter(o -> o.getString("orderId").equals(orderId)).findFirst().orElseThrow().getString("status");
    }

    private static void screenshot(String file) throws Exception {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        // Into target/ on every run; into docs/ (the README's pictures) only when asked: -Dconsole.screenshots=docs
        Path dir = Path.of(System.getProperty("console.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.copy(shot, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    @DisplayName("an order placed by text appears on the board within a second, without a reload, and a status button moves it on")
    void liveBoard() throws Exception {
        waitUpTo(5000).until(ExpectedConditions.textToBe(By.id("live"), "Live"));
        browser.executeScript("window.stillTheSamePage = true; window.chimes = 0;"
                + "var play = HTMLMediaElement.prototype.play;"
                + "HTMLMediaElement.prototype.play = function () { window.chimes++; return play.call(this); };");
        JsonObject hook = gw.post("/admin/tenants/tonys-pizza/webhooks", new JsonObject().put("url", pos.url("/board-pos")),
                java.util.Map.of("Authorization", "Bearer " + owner)).bodyAsJsonObject();
        java.util.concurrent.BlockingQueue<JsonObject> stream = orderStream();
        String orderId = ConsoleTest.placeAnOrder(gw, "+19735550801", "Mike");
        WebElement card = waitUpTo(1000).until(ExpectedConditions.presenceOfElementLocated(By.id("order-" + orderId)));
        assertThat(browser.executeScript("return window.stillTheSamePage === true;")).as("no reload").isEqualTo(true);
        assertThat(card.getAttribute("class")).as("highlighted").contains("fresh").contains("status-placed");
        assertThat(browser.executeScript("return window.chimes;")).as("the chime played once").isEqualTo(1L);
        assertThat(card.getText()).contains("Mike").contains("pepperoni").contains("Accept").contains("Reject");
        screenshot("console-board.png");

        card.findElement(By.cssSelector("button[data-step=accepted]")).click();
        waitUpTo(3000).until(ExpectedConditions.attributeContains(By.id("order-" + orderId), "data-status", "accepted"));
        assertThat(orderStatus(orderId)).isEqualTo("accepted");
        assertThat(nextOf(stream, orderId, "accepted")).as("the order stream sees the button's change").isNotNull();
        var told = pos.await("/board-pos", got -> got.stream().anyMatch(r -> isChange(r.body(), orderId, "accepted")), Duration.ofSeconds(10));
        assertThat(told).as("the point-of-sale webhook hears of it").anyMatch(r -> isChange(r.body(), orderId, "accepted"));
        gw.send(HttpMethod.DELETE, "/admin/tenants/tonys-pizza/webhooks/" + hook.getString("id"), owner);
        browser.findElement(By.cssSelector("#order-" + orderId + " button[data-step=ready]")).click();
        waitUpTo(3000).until(ExpectedConditions.attributeContains(By.id("order-" + orderId), "data-status", "ready"));
        assertThat(orderStatus(orderId)).isEqualTo("ready");
        assertThat(browser.executeScript("return window.stillTheSamePage === true;")).as("the buttons did not reload the board").isEqualTo(true);
        assertNoPolicyViolations();
    }

    private static boolean isChange(String body, String orderId, String status) {
        JsonObject event = new JsonObject(body);
        return event.getString("type").equals("order.status_changed") && event.getJsonObject("data").getString("orderId").equals(orderId)
                && event.getJsonObject("data").getString("status").equals(status);
    }

    /** The admin API's order stream, as a point-of-sale system would read it: each event's order, as it comes. */
    private static java.util.concurrent.BlockingQueue<JsonObject> orderStream() throws Exception {
        java.util.concurrent.BlockingQueue<JsonObject> events = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.CountDownLatch connected = new java.util.concurrent.CountDownLatch(1);
        java.net.http.HttpClient.newHttpClient().sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/admin/tenants/tonys-pizza/orders/stream")))
                .header("Authorization", "Bearer " + owner).build(), java.net.http.HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(line -> {
                    if (line.startsWith(": connected")) connected.countDown();
                    else if (line.startsWith("data: ")) events.add(new JsonObject(line.substring(6)));
                }));
        assertThat(connected.await(5, java.util.concurrent.TimeUnit.SECONDS)).as("the stream is subscribed").isTrue();
        return events;
    }

    private static JsonObject nextOf(java.util.concurrent.BlockingQueue<JsonObject> events, String orderId, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject o = events.poll(deadline - System.nanoTime(), java.util.concurrent.TimeUnit.NANOSECONDS);
            if (o != null && o.getString("orderId").equals(orderId) && o.getString("status").equals(status)) return o;
        }
        return null;
    }

    @Test
    @DisplayName("an operator onboards a restaurant, makes its owner a token, and a test call from the console places an order on its board")
    void operatorOnboardsAndTestCalls() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/console"));
        browser.findElement(By.id("token")).sendKeys(RunningGateway.ADMIN);
        browser.findElement(By.cssSelector("form.sign-in button")).click();
        waitUpTo(5000).until(ExpectedConditions.urlContains("/console/home"));
        assertThat(browser.findElement(By.id("tenant-tonys-pizza")).getText()).contains("Tony's Pizza").contains("+12015550100");

        String file = OperatorConsoleTest.anotherRestaurant("night-owl", "Night Owl Pizza", "+12015550777")
                .replaceAll("(?m)^(  (mon|tue|wed|thu|fri|sat|sun)): \"[^\"]*\"", "$1: \"00:00-24:00\"");
        browser.findElement(By.id("new-id")).sendKeys("night-owl");
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("new-yaml")), file);
        browser.findElement(By.id("onboard")).click();
        waitUpTo(5000).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Night Owl Pizza (night-owl) is live"));
        assertThat(browser.findElement(By.id("tenant-night-owl")).getAttribute("data-state")).isEqualTo("live");
        browser.findElement(By.cssSelector("#tenant-night-owl button.mint")).click();
        String token = waitUpTo(5000).until(ExpectedConditions.presenceOfElementLocated(By.id("new-token"))).getText();
        screenshot("console-operator.png");
        assertThat(gw.get("/admin/tenants/night-owl/orders", token).statusCode()).as("the owner's token works").isEqualTo(200);

        browser.get(url("/console/t/night-owl/test-call"));
        browser.findElement(By.id("dial")).click();
        waitUpTo(5000).until(d -> d.findElements(By.cssSelector("#transcript li.agent")).size() == 1);
        assertThat(browser.findElement(By.cssSelector("#transcript li.agent")).getText()).contains("Tony's Pizza");
        List<String> lines = List.of("a large pepperoni pie", "that's all", "yes", "Nora", "pickup", "yes");
        for (int i = 0; i < lines.size(); i++) {
            browser.findElement(By.id("words")).sendKeys(lines.get(i));
            browser.findElement(By.id("send")).click();
            int answers = i + 2;
            waitUpTo(5000).until(d -> d.findElements(By.cssSelector("#transcript li.agent")).size() == answers);
        }
        WebElement placed = waitUpTo(5000).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#transcript li.system")));
        assertThat(placed.getText()).startsWith("Order placed: ");
        String orderId = placed.getText().substring("Order placed: ".length());
        assertThat(browser.findElement(By.id("cart")).getText()).contains("pepperoni");
        screenshot("console-test-call.png");
        assertNoPolicyViolations();

        browser.get(url("/console/t/night-owl/board"));
        assertThat(browser.findElement(By.id("order-" + orderId)).getText()).contains("Nora").contains(TestCallPage.TEST_CALLER);
    }

    /** The page's own files load under the Content-Security-Policy: the browser reported nothing blocked. */
    private static void assertNoPolicyViolations() {
        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("the kitchen ticket prints on an 80 mm roll in a monospace face with big item lines")
    void ticket() throws Exception {
        String orderId = ConsoleTest.placeAnOrder(gw, "+19735550802", "Sam");
        browser.get(url("/console/t/tonys-pizza/orders/" + orderId + "/ticket"));
        WebElement line = browser.findElement(By.cssSelector(".ticket .items li"));
        assertThat(line.getText()).containsIgnoringCase("pepperoni");
        assertThat(line.getCssValue("font-family")).containsIgnoringCase("mono");
        assertThat(Double.parseDouble(line.getCssValue("font-size").replace("px", ""))).isGreaterThanOrEqualTo(18);
        assertThat(browser.findElement(By.cssSelector("main.ticket")).getText()).contains("Sam").contains("TOTAL");
        String css = gw.get("/console/static/ticket.css", null).bodyAsString();
        assertThat(css).contains("@page { size: 80mm auto; margin: 0; }");
        screenshot("console-ticket.png");
        assertNoPolicyViolations();
    }

    @Test
    @DisplayName("a sold-out toggle makes the agent refuse that item in a text call already in progress")
    void soldOut() {
        String call = gw.call("+12015550100", "+19735550803", "2026-11-24T18:30:00-05:00").getString("callId");
        gw.say(call, "a large pepperoni pie");
        browser.get(url("/console/t/tonys-pizza/sold-out"));
        browser.findElement(By.id("toggle-garlic-knots")).click();
        waitUpTo(3000).until(ExpectedConditions.attributeToBe(By.id("toggle-garlic-knots"), "aria-pressed", "true"));
        try {
            JsonObject knots = gw.say(call, "and an order of garlic knots");
            assertThat(knots.getString("reply")).contains("Sorry, we're out of the Garlic Knots today.");
            assertThat(knots.getJsonObject("cart").getJsonArray("items")).hasSize(1);
        } finally {
            browser.findElement(By.id("toggle-garlic-knots")).click();
            waitUpTo(3000).until(ExpectedConditions.attributeToBe(By.id("toggle-garlic-knots"), "aria-pressed", "false"));
        }
        assertThat(gw.get("/admin/tenants/tonys-pizza/availability", owner).bodyAsJsonObject().getJsonArray("unavailable")).isEmpty();
    }

    @Test
    @DisplayName("a broken menu upload shows its problems by line, next to the text, and the live menu stays")
    void brokenUpload() throws Exception {
        browser.get(url("/console/t/tonys-pizza/menu"));
        assertThat(browser.findElement(By.cssSelector(".preview")).getText()).as("the menu as callers hear it").contains("Margherita");
        String broken = java.nio.file.Files.readString(pizzeria.testing.RunningGateway.SPEC.resolve("restaurant.example.yaml"))
                .replaceFirst("timezone: America/New_York", "timezone: Mars/Olympus");
        org.openqa.selenium.WebElement area = browser.findElement(By.id("yaml"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", area, broken);
        browser.findElement(By.id("upload")).click();
        waitUpTo(5000).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".upload-errors")));
        var bad = browser.findElements(By.cssSelector(".yaml-lines li.bad"));
        assertThat(bad).isNotEmpty();
        assertThat(bad.get(0).getText()).contains("Mars/Olympus");
        assertThat(browser.findElement(By.cssSelector(".upload-errors")).getText()).containsPattern("line \\d+");
        screenshot("console-menu.png");
        assertThat(gw.get("/admin/tenants/tonys-pizza", owner).statusCode()).as("the live menu is still there").isEqualTo(200);
        assertNoPolicyViolations();
    }

    @Test
    @DisplayName("another tenant's board answers 404 to an owner")
    void otherTenant() {
        browser.get(url("/console/t/slice-shack/board"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("404");
        assertThat(browser.getPageSource()).doesNotContain("Slice Shack");
        assertNoPolicyViolations();
    }
}
