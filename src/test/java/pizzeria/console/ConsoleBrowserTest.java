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

    @BeforeAll
    static void start() throws Exception {
        gw = RunningGateway.with(RunningGateway.SPEC.resolve("restaurant.example.yaml"), Path.of("restaurants", "slice-shack.yaml"));
        owner = gw.send(HttpMethod.POST, "/admin/tenants/tonys-pizza/tokens", RunningGateway.ADMIN).bodyAsJsonObject().getString("token");
        browser = Browser.start(412, 915);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (gw != null) gw.close();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + gw.port() + path;
    }

    private static WebDriverWait waitUpTo(long millis) {
        return new WebDriverWait(browser, Duration.ofMillis(millis));
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
        browser.findElement(By.cssSelector("#order-" + orderId + " button[data-step=ready]")).click();
        waitUpTo(3000).until(ExpectedConditions.attributeContains(By.id("order-" + orderId), "data-status", "ready"));
        assertThat(orderStatus(orderId)).isEqualTo("ready");
        assertNoPolicyViolations();
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
