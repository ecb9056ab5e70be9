package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Row;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.store.Database;
import pizzeria.voice.fakes.FakeTwilioCaller;

/**
 * SIGTERM to a real gateway process (pizzeria.Main, as `make run` starts it) with a phone call and a text call
 * in progress: they finish, their orders are stored, new calls are refused, /health says draining, and the
 * process exits 0.
 */
@DisplayName("A gateway told to stop (SIGTERM) drains its calls")
class DrainTest {
    private static final String[] ORDER = {"a large cheese pie", "no, that's all", "yes", "Sam", "pickup", "yes"};

    private PhoneProcessRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new PhoneProcessRig(60000);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    @DisplayName("a phone call and a text call in progress at SIGTERM both finish with their orders stored; then exit 0")
    void callsInProgressFinish() throws Exception {
        rig.deepgram.script(0, ORDER);
        FakeTwilioCaller phone = rig.dial("CAdrainphone", "+19735550101");
        PhoneRig.awaitReply(phone, 0);
        PhoneRig.sayAndWait(phone, ORDER[0]);
        String text = post("/v1/calls", new JsonObject().put("to", "+12015550100").put("from", "+19735550102"))
                .bodyAsJsonObject().getString("callId");
        post("/v1/calls/" + text + "/turns", new JsonObject().put("text", ORDER[0]));

        rig.gw.terminate();
        awaitDraining();

        HttpResponse<Buffer> refused = post("/v1/calls", new JsonObject().put("to", "+12015550100").put("from", "+19735550103"));
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.bodyAsJsonObject().getString("error")).contains("shutting down");
        assertThat(rig.voiceWebhook("CAdrainlate", "+19735550104")).as("a new phone call goes to the staff line")
                .contains("<Dial", "+12015550199</Dial>").doesNotContain("<Stream");

        for (int i = 1; i < ORDER.length; i++) PhoneRig.sayAndWait(phone, ORDER[i]);
        JsonObject last = null;
        for (int i = 1; i < ORDER.length; i++) last = post("/v1/calls/" + text + "/turns", new JsonObject().put("text", ORDER[i])).bodyAsJsonObject();
        assertThat(last.getString("orderId")).as(last.encodePrettily()).isNotNull();
        PhoneRig.await(phone.closedFuture(), Duration.ofSeconds(20), "the phone call's end after its confirmation");

        assertThat(rig.gw.exitCode(Duration.ofSeconds(30))).as("exit code").isZero();
        assertThat(storedOrders()).as("placed orders in the database, by caller")
                .containsExactlyInAnyOrder("+19735550101 placed", "+19735550102 placed");
        assertThat(rig.gw.log()).contains("stopped");
    }

    /** /health turns 503 draining at once; the signal reaches the other process on its own time, so it is polled. */
    private void awaitDraining() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            var health = rig.gw.get("/health");
            if (health.statusCode() == 503) {
                assertThat(new JsonObject(health.body())).isEqualTo(new JsonObject().put("status", "draining"));
                return;
            }
            Thread.sleep(20); // polling the child process after its signal, with a deadline
        }
        throw new AssertionError("/health never said draining:\n" + rig.gw.log());
    }

    private HttpResponse<Buffer> post(String path, JsonObject body) {
        return rig.http.post(path).putHeader("X-Clock", PhoneProcessRig.CLOCK).sendJsonObject(body).await();
    }

    private List<String> storedOrders() {
        Vertx vertx = Vertx.vertx();
        try {
            Database db = Database.connect(vertx, rig.gw.databaseUrl()).await();
            List<String> out = new ArrayList<>();
            for (Row r : db.pool().query("SELECT caller_phone, status FROM t_tonys_pizza.orders WHERE placed_at IS NOT NULL").execute().await()) {
                out.add(r.getString(0) + " " + r.getString(1));
            }
            db.close().await();
            return out;
        } finally {
            vertx.close().await();
        }
    }
}
