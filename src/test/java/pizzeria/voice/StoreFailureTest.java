package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.store.Database;
import pizzeria.testing.RunningGateway;
import pizzeria.voice.fakes.FakeTwilioCaller;

@DisplayName("When the order cannot be stored at the moment it is placed")
class StoreFailureTest {
    private static final int CHARS_PER_SECOND = 60;
    private static PhoneRig rig;

    @BeforeAll
    static void start() throws Exception {
        rig = new PhoneRig(RunningGateway.SPEC.resolve("restaurant.example.yaml"));
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    @Test
    @DisplayName("the caller never hears 'your order is in' (synthesised early, held), but an apology, then staff")
    void apologyNotConfirmation() throws Exception {
        String[] lines = {"a large cheese pie", "no, that's all", "yes", "Sam", "pickup", "yes"};
        rig.deepgram.script(0, lines);
        FakeTwilioCaller caller = rig.dial("CAstorefails", "+19735550100", "+12015550100", 0);
        PhoneRig.awaitReply(caller, 0);
        for (int i = 0; i < lines.length - 1; i++) PhoneRig.sayAndWait(caller, lines[i]);
        breakTheOrdersTable();
        int before = caller.framesHeard();
        PhoneRig.sayAndWait(caller, "yes");
        // The transfer goes once the reply's last mark came back: every frame of it heard, however slow the machine
        // (a quiet gap, before the apology or between its sentences, is not the end of the reply).
        PhoneRig.await(rig.twilio.updateFor("CAstorefails"), Duration.ofSeconds(20), "the transfer through Twilio");
        int heard = caller.framesHeard() - before;

        JsonObject call = rig.gw.get("/v1/calls/CAstorefails", null).bodyAsJsonObject();
        assertThat(call.getString("orderId")).isNull();
        String apology = "I'm sorry, I couldn't put the order through. Let me connect you with someone who can.";
        // The acknowledgment is heard whole if its audio was in hand when the store failed, else not at all.
        assertThat(heard).as("frames of the apology, after the acknowledgment or alone")
                .isIn(framesOf(apology), framesOf("One moment.") + framesOf(apology));
        assertThat(rig.cartesia.requests()).as("the confirmation was synthesised early, while storing, then cancelled")
                .filteredOn(r -> r.getString("transcript", "").startsWith("Your order is in!"))
                .isNotEmpty().allSatisfy(r -> assertThat(rig.cartesia.cancelledContexts()).contains(r.getString("context_id")));
        assertThat(rig.twilio.updates()).anySatisfy(u -> {
            assertThat(u.path()).contains("CAstorefails");
            assertThat(u.form().get("Twiml")).contains("+12015550199</Dial>");
        });
    }

    /** What the fake synthesiser makes of a reply: each sentence (sent with a trailing space) padded to whole frames. */
    private static int framesOf(String reply) {
        int bytesPerChar = 8000 / CHARS_PER_SECOND;
        return pizzeria.call.Sentence.sentencesOf(reply).stream().mapToInt(s -> ((s.length() + 1) * bytesPerChar + Frames.SIZE - 1) / Frames.SIZE).sum();
    }

    private static void breakTheOrdersTable() {
        Vertx vertx = Vertx.vertx();
        try {
            Database db = Database.connect(vertx, rig.gw.databaseUrl()).await();
            db.pool().query("ALTER TABLE t_tonys_pizza.orders RENAME TO orders_gone").execute().await();
            db.close().await();
        } finally {
            vertx.close().await();
        }
    }
}
