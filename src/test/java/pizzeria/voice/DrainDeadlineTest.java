package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.store.Database;
import pizzeria.voice.fakes.FakeTwilioCaller;
import pizzeria.voice.fakes.FakeTwilioRest;

/**
 * SIGTERM to a real gateway process with a short DRAIN_MS, and a phone call and a text call that never finish:
 * at the deadline the phone call goes to the restaurant's staff line (Twilio is asked to &lt;Dial&gt; it), the text
 * call ends with its cart stored open, and the process exits 0. A child of its own: DrainTest's drain is long.
 */
@DisplayName("A gateway told to stop (SIGTERM) ends the calls still in progress at DRAIN_MS")
class DrainDeadlineTest {
    private static final long DRAIN_MS = 1500;
    /** The reference tenant's staff line (restaurant.example.yaml, transfer_number). */
    private static final String STAFF = "+12015550199";

    private PhoneProcessRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new PhoneProcessRig(DRAIN_MS);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    @DisplayName("past DRAIN_MS the phone call goes to staff, the text call ends with its cart open, and the process exits 0")
    void callsLeftAtTheDeadline() throws Exception {
        rig.deepgram.script(0, "a large cheese pie");
        FakeTwilioCaller phone = rig.dial("CAdeadline", "+19735550111");
        PhoneRig.awaitReply(phone, 0);
        PhoneRig.sayAndWait(phone, "a large cheese pie");
        String text = rig.http.post("/v1/calls").putHeader("X-Clock", PhoneProcessRig.CLOCK)
                .sendJsonObject(new JsonObject().put("to", "+12015550100").put("from", "+19735550112")).await()
                .bodyAsJsonObject().getString("callId");
        JsonObject turn = rig.http.post("/v1/calls/" + text + "/turns").sendJsonObject(new JsonObject().put("text", "a large cheese pie"))
                .await().bodyAsJsonObject();
        assertThat(turn.getJsonObject("cart").getJsonArray("items")).as(turn.encodePrettily()).hasSize(1);

        long signalled = System.nanoTime();
        rig.gw.terminate();

        FakeTwilioRest.Update update = PhoneRig.await(rig.twilio.updateFor("CAdeadline"), Duration.ofSeconds(20),
                "Twilio's call update moving the phone call to staff");
        long movedAfter = (System.nanoTime() - signalled) / 1_000_000;
        assertThat(update.form().get("Twiml")).as("the TwiML the call is moved to").contains("<Dial", STAFF + "</Dial>");
        assertThat(movedAfter).as("ms from SIGTERM to the hand-over: the call went on until the deadline").isGreaterThanOrEqualTo(DRAIN_MS);
        assertThat(rig.gw.exitCode(Duration.ofSeconds(20))).as("exit code").isZero();
        long exitedAfter = (System.nanoTime() - signalled) / 1_000_000;
        assertThat(exitedAfter).as("ms from SIGTERM to the exit (DRAIN_MS is " + DRAIN_MS + ")").isLessThan(DRAIN_MS + 5000);

        Map<String, String> phoneCall = stored("+19735550111");
        assertThat(phoneCall).as("the phone call's record and its cart").containsEntry("outcome", "transferred")
                .containsEntry("transfer_to", STAFF).containsEntry("status", "open").containsEntry("lines", "1");
        Map<String, String> textCall = stored("+19735550112");
        assertThat(textCall).as("the text call's record and its cart").containsEntry("call_id", text)
                .containsEntry("outcome", "hung_up").containsEntry("status", "open").containsEntry("lines", "1");
        assertThat(textCall.get("ended_at")).as("the text call's end").isNotNull();
        assertThat(rig.gw.log()).contains("still in progress at the deadline", "stopped");
    }

    /** The caller's one call as stored: its record's end, outcome and transfer, and its order's status and lines. */
    private Map<String, String> stored(String caller) {
        Vertx vertx = Vertx.vertx();
        try {
            Database db = Database.connect(vertx, rig.gw.databaseUrl()).await();
            Map<String, String> out = new HashMap<>();
            for (Row r : db.pool().preparedQuery("SELECT c.call_id, c.ended_at::text, c.outcome, c.transfer_to, o.status,"
                    + " (SELECT count(*) FROM t_tonys_pizza.order_lines l WHERE l.order_id = o.order_id)::text"
                    + " FROM t_tonys_pizza.calls c LEFT JOIN t_tonys_pizza.orders o ON o.order_id = c.order_id"
                    + " WHERE c.caller = $1").execute(io.vertx.sqlclient.Tuple.of(caller)).await()) {
                assertThat(out).as("one call from " + caller).isEmpty();
                String[] names = {"call_id", "ended_at", "outcome", "transfer_to", "status", "lines"};
                for (int i = 0; i < names.length; i++) out.put(names[i], r.getString(i));
            }
            db.close().await();
            return out;
        } finally {
            vertx.close().await();
        }
    }
}
