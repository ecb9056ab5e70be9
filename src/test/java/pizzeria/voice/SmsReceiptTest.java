package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.http.PublicScenarios;
import pizzeria.testing.RunningGateway;
import pizzeria.voice.fakes.FakeTwilioRest;

@DisplayName("SMS receipt: a phone order placed over Twilio media is texted to the caller through Twilio's Messages API")
class SmsReceiptTest {
    private static PhoneRig rig;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("sms-tenant");
        Path tenant = dir.resolve("restaurant.example.yaml");
        Files.writeString(tenant, Files.readString(RunningGateway.SPEC.resolve("restaurant.example.yaml"))
                + "\nnotifications: {sms_receipt: true}\n");
        rig = new PhoneRig(Map.of("WEBHOOK_RETRY_BASE_MS", "50"), tenant);
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    @Test
    @DisplayName("From the number dialled, to the caller, the order and its total, with the account's basic auth; once")
    void receiptTexted() throws Exception {
        Map<String, Object> s = PublicScenarios.load().stream().filter(x -> "single-pizza-pickup".equals(x.get("id"))).findFirst().orElseThrow();
        String callSid = "CAsmsreceipt";
        rig.callThrough(callSid, (String) s.get("from"), (String) s.get("to"), PublicScenarios.spokenLines(s));

        JsonObject call = rig.gw.get("/v1/calls/" + callSid, null).bodyAsJsonObject();
        String orderId = call.getString("orderId");
        assertThat(orderId).as(call.encodePrettily()).isNotNull();
        JsonObject order = PublicScenarios.storedOrder(rig.gw, "tonys-pizza", orderId);
        // Read back once the call's record (which writes the placed order again) is in: still one text.
        rig.gw.get("/admin/tenants/tonys-pizza/calls/" + callSid, RunningGateway.ADMIN);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (rig.twilio.messages().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10); // polling the fake Twilio, which the gateway's worker reaches on its own loop
        }
        assertThat(rig.twilio.messages()).hasSize(1);
        FakeTwilioRest.Update m = rig.twilio.messages().get(0);
        assertThat(m.path()).isEqualTo("/2010-04-01/Accounts/ACtest/Messages.json");
        assertThat(m.form().get("From")).isEqualTo(s.get("to"));
        assertThat(m.form().get("To")).isEqualTo(s.get("from"));
        String total = String.format("$%d.%02d", order.getInteger("totalCents") / 100, order.getInteger("totalCents") % 100);
        assertThat(m.form().get("Body")).contains("Tony's Pizza", "1 large Cheese Pizza with pepperoni", "Total " + total);
        assertThat(m.form().get("Body").length()).as(m.form().get("Body")).isLessThan(320);
        assertThat(m.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString(("ACtest:" + PhoneRig.AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("an order placed over the text channel gets no text")
    void noTextForTextChannel() throws Exception {
        int before = rig.twilio.messages().size();
        Map<String, Object> s = PublicScenarios.load().stream().filter(x -> "single-pizza-pickup".equals(x.get("id"))).findFirst().orElseThrow();
        pizzeria.testing.ScenarioDriver.Played played = pizzeria.testing.ScenarioDriver.play(rig.gw, s);
        assertThat(played.last().getString("orderId")).isNotNull();
        rig.gw.get("/admin/tenants/tonys-pizza/calls/" + played.first().getString("callId"), RunningGateway.ADMIN);
        // Nothing was queued, so the outbox has nothing to send; the order's own transaction is committed above.
        assertThat(rig.twilio.messages()).hasSize(before);
    }
}
