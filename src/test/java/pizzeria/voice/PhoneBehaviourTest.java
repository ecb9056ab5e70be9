package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;
import pizzeria.voice.fakes.FakeTwilioCaller;
import pizzeria.voice.fakes.FakeTwilioRest;

@DisplayName("A phone call")
class PhoneBehaviourTest {
    private static PhoneRig rig;

    @BeforeAll
    static void start() throws Exception {
        rig = new PhoneRig(RunningGateway.SPEC.resolve("restaurant.example.yaml"), Path.of("restaurants", "bella-napoli.yaml"));
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    private static JsonObject call(String sid) {
        return rig.gw.get("/v1/calls/" + sid, null).bodyAsJsonObject();
    }

    private static FakeTwilioCaller dial(String sid, int voice, String... lines) throws Exception {
        rig.deepgram.script(voice, lines);
        FakeTwilioCaller caller = rig.dial(sid, "+19735550100", "+12015550100", voice);
        PhoneRig.awaitReply(caller, 0);
        return caller;
    }

    @Test
    @DisplayName("is refused without a valid Twilio signature")
    void forgedSignature() {
        MultiMap form = MultiMap.caseInsensitiveMultiMap().add("CallSid", "CAforged").add("From", "+1").add("To", "+12015550100");
        assertThat(rig.gw.postForm("/twilio/voice", form, Map.of("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl")).statusCode()).isEqualTo(403);
        assertThat(rig.gw.postForm("/twilio/voice", form, Map.of()).statusCode()).isEqualTo(403);
        assertThat(rig.gw.postForm("/twilio/status", form, Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("to a closed restaurant hears its closed message; to an unknown number, a short apology")
    void closedAndUnknown() {
        String closed = rig.voiceWebhook("CAclosed", "+1", "+17185550142", "2026-11-24T19:00:00-05:00");
        assertThat(closed).contains("<Say>Thanks for calling Bella Napoli. We&apos;re closed now").contains("<Hangup/>").doesNotContain("<Stream");
        String unknown = rig.voiceWebhook("CAunknown", "+1", "+19999999999", null);
        assertThat(unknown).contains("<Say>Sorry").contains("<Hangup/>");
        String open = rig.voiceWebhook("CAopen", "+1", "+12015550100", "2026-11-24T18:30:00-05:00");
        assertThat(open).contains("<Connect><Stream url=\"wss://gw.example.com/twilio/media\">")
                .containsPattern("<Parameter name=\"token\" value=\"[0-9a-f]{32}\"/>");
    }

    @Test
    @DisplayName("stops talking within 40 ms of the caller's first words over a read-back, and goes on from what was heard")
    void bargeIn() throws Exception {
        FakeTwilioCaller caller = dial("CAbarge", 5, "a large pepperoni pie", "no, that's all", "actually add a can of coke");
        PhoneRig.sayAndWait(caller, "a large pepperoni pie");
        long readBack = System.nanoTime();
        caller.say(300);
        PhoneRig.await(caller.heardSince(readBack, 500), Duration.ofSeconds(10), "500 ms of the read-back heard");
        int interimsBefore = rig.deepgram.interimTimesNanos().size();
        long interruption = System.nanoTime();
        caller.say(600);
        PhoneRig.awaitReply(caller, interruption + 700_000_000L);
        long interim = rig.deepgram.interimTimesNanos().get(interimsBefore);
        long clear = caller.clearTimesNanos().get(0);
        assertThat((clear - interim) / 1_000_000.0).as("ms from the first interim words to clear").isBetween(0.0, 40.0);
        JsonObject c = call("CAbarge");
        List<Object> transcript = c.getJsonArray("transcript").getList();
        @SuppressWarnings("unchecked") Map<String, Object> cut = (Map<String, Object>) transcript.get(transcript.size() - 3);
        assertThat((String) cut.get("text")).doesNotContain("Is that right?");
        assertThat(c.getJsonObject("cart").getJsonArray("items")).hasSize(2);
        assertThat(c.getString("phase")).isEqualTo("confirm_order");
        assertThat(rig.cartesia.cancelledContexts()).isNotEmpty();
        assertThat(rig.gw.get("/metrics", null).bodyAsString()).contains("gateway_turn_stage_ms_bucket").contains("stage=\"gateway\"");
    }

    @Test
    @DisplayName("ends, cart kept, when Twilio's status callback says the call is over")
    void statusCallback() throws Exception {
        FakeTwilioCaller caller = dial("CAstatus", 11, "a large cheese pie please");
        PhoneRig.sayAndWait(caller, "a large cheese pie please");
        MultiMap form = MultiMap.caseInsensitiveMultiMap().add("CallSid", "CAstatus").add("CallStatus", "completed")
                .add("CallDuration", "12").add("AccountSid", "ACtest");
        Map<String, String> params = new java.util.HashMap<>();
        form.forEach(e -> params.put(e.getKey(), e.getValue()));
        String signature = new pizzeria.voice.twilio.TwilioSignature(PhoneRig.AUTH_TOKEN).sign(PhoneRig.PUBLIC_URL + "/twilio/status", params);
        assertThat(rig.gw.postForm("/twilio/status", form, Map.of("X-Twilio-Signature", signature)).statusCode()).isEqualTo(204);
        JsonObject c = call("CAstatus");
        assertThat(c.getBoolean("ended")).isTrue();
        assertThat(c.getJsonObject("cart").getString("status")).isEqualTo("open");
        assertThat(c.getJsonObject("cart").getJsonArray("items")).hasSize(1);
    }

    @Test
    @DisplayName("does not stop for a backchannel ('uh-huh') said over the agent")
    void backchannel() throws Exception {
        FakeTwilioCaller caller = dial("CAuhhuh", 10, "a large pepperoni pie", "no, that's all", "uh-huh");
        PhoneRig.sayAndWait(caller, "a large pepperoni pie");
        long readBack = System.nanoTime();
        caller.say(300);
        PhoneRig.await(caller.heardSince(readBack, 300), Duration.ofSeconds(10), "300 ms of the read-back heard");
        caller.say(200);
        // Not only the read-back played out: 900 ms of quiet after it (the 300 of a reply plus 600 more), so a late
        // clear or a reply to the 'uh-huh' would have come by now.
        PhoneRig.await(caller.replied(readBack, 900), Duration.ofSeconds(20), "the read-back, then 900 ms of quiet");
        assertThat(caller.clearTimesNanos()).isEmpty();
        assertThat(call("CAuhhuh").getString("phase")).isEqualTo("confirm_order");
        List<Object> transcript = call("CAuhhuh").getJsonArray("transcript").getList();
        @SuppressWarnings("unchecked") Map<String, Object> last = (Map<String, Object>) transcript.get(transcript.size() - 1);
        assertThat((String) last.get("text")).endsWith("Is that right?");
    }

    @Test
    @DisplayName("loses no words when speech recognition drops mid-utterance: it reconnects and replays the audio")
    void recognizerDrop() throws Exception {
        FakeTwilioCaller caller = dial("CAdrop", 6, "a large cheese pie and a can of sprite");
        int before = rig.deepgram.connections();
        long start = System.nanoTime();
        caller.say(1500);
        PhoneRig.await(caller.saidFor(600), Duration.ofSeconds(5), "600 ms of the utterance sent");
        rig.deepgram.dropAllConnections();
        PhoneRig.awaitReply(caller, start + 1_600_000_000L);
        assertThat(rig.deepgram.connections()).isGreaterThan(before);
        assertThat(call("CAdrop").getJsonObject("cart").getJsonArray("items")).hasSize(2);
    }

    @Test
    @DisplayName("pressing 0 hands the call to staff through Twilio, and the cart is kept")
    void dtmfZero() throws Exception {
        FakeTwilioCaller caller = dial("CAzero", 7, "a large cheese pie please");
        PhoneRig.sayAndWait(caller, "a large cheese pie please");
        long pressed = System.nanoTime();
        caller.dtmf("0");
        PhoneRig.awaitReply(caller, pressed);
        assertTransferred("CAzero");
    }

    @Test
    @DisplayName("'let me talk to a person' hands the call to staff, and the cart is kept")
    void askForPerson() throws Exception {
        FakeTwilioCaller caller = dial("CAperson", 8, "a large cheese pie please", "can I talk to a person");
        PhoneRig.sayAndWait(caller, "a large cheese pie please");
        PhoneRig.sayAndWait(caller, "can I talk to a person");
        assertTransferred("CAperson");
    }

    private static void assertTransferred(String sid) throws InterruptedException {
        FakeTwilioRest.Update update = PhoneRig.await(rig.twilio.updateFor(sid), Duration.ofSeconds(5), "Twilio update of " + sid);
        assertThat(update.path()).isEqualTo("/2010-04-01/Accounts/ACtest/Calls/" + sid + ".json");
        assertThat(update.form().get("Twiml")).contains("<Dial").contains("+12015550199");
        assertThat(update.authorization()).startsWith("Basic ");
        JsonObject c = call(sid);
        assertThat(c.getString("transferTo")).isEqualTo("+12015550199");
        assertThat(c.getJsonObject("cart").getString("status")).isEqualTo("open");
        assertThat(c.getJsonObject("cart").getJsonArray("items")).hasSize(1);
    }

    @Test
    @DisplayName("favours the menu's words, then street words and zip codes while the address is taken; fixed phrases are synthesised once")
    void vocabularyAndCache() throws Exception {
        FakeTwilioCaller caller = dial("CAwords", 9, "a large cheese pie", "no, that's all", "yes", "Mike");
        for (String line : List.of("a large cheese pie", "no, that's all", "yes", "Mike")) PhoneRig.sayAndWait(caller, line);
        String query = rig.deepgram.queries().get(rig.deepgram.queries().size() - 1);
        assertThat(query).contains("model=nova-3", "encoding=mulaw", "sample_rate=8000", "interim_results=true", "vad_events=true",
                "endpointing=", "utterance_end_ms=", "keyterm=Tony%27s", "keyterm=Garlic%20Knots");
        assertThat(rig.deepgram.controlMessages()).anySatisfy(m -> {
            assertThat(m.getString("type")).isEqualTo("Configure");
            assertThat(m.getJsonArray("keyterms").getList()).contains("07030");
        });
        long greetings = rig.cartesia.requests().stream()
                .filter(r -> r.getString("transcript", "").startsWith("Thanks for calling Tony's Pizza in Hoboken!")).count();
        assertThat(greetings).as("the greeting is synthesised once, then played from the cache").isEqualTo(1);
        caller.hangUp();
        caller.closedFuture().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }
}
