package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.call.CallIdentity;
import pizzeria.call.CallJournal;
import pizzeria.call.CallSession;
import pizzeria.call.PriceTable;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;
import pizzeria.understand.LocalUnderstander;
import pizzeria.voice.stt.RecognitionListener;
import pizzeria.voice.stt.RecognitionStream;
import pizzeria.voice.tts.SpeechSynthesizer;
import pizzeria.voice.tts.SynthesisListener;
import pizzeria.voice.tts.Utterance;

/**
 * The reply to "yes, place it" while the order is stored: a short acknowledgment at once, then "your order
 * is in", synthesised meanwhile and held until the store has committed the order. The providers are
 * in-process stand-ins that make one frame of audio per sentence, its first byte the sentence's first
 * character: what is tested is the order of events inside the call, not a wire protocol.
 */
@DisplayName("A reply held while its order is stored")
class HeldReplyTest {
    private static final List<String> CALLER = List.of("can I get a large pepperoni pie", "no that's all", "yes",
            "Mike", "pickup", "yes go ahead");

    private final Vertx vertx = Vertx.vertx();
    private final Context context = vertx.getOrCreateContext();
    private final Tenant tenant = Tenants.reference();
    /** The first character of each sentence the caller heard, in order. */
    private final List<Character> heard = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> hungUp = new CompletableFuture<>();
    private RecognitionListener recognition;
    private CallSession session;

    @AfterEach
    void close() {
        vertx.close().await();
    }

    @Test
    @DisplayName("is played, and the call ends, even when the store answers at once")
    void storeAnswersAtOnce() throws Exception {
        call(CompletableFuture.completedFuture(null));
        int before = heard.size();
        say("yes go ahead");
        hungUp.get(10, TimeUnit.SECONDS);
        assertThat(session.result().orderId()).isEqualTo("order-held");
        assertThat(heard.subList(before, heard.size())).as("the acknowledgment, then the confirmation")
                .startsWith('O', 'Y');
    }

    @Test
    @DisplayName("starts with the acknowledgment at once; 'your order is in' is heard only once the order is stored")
    void acknowledgedBeforeStored() throws Exception {
        CompletableFuture<Void> store = new CompletableFuture<>();
        call(store);
        int before = heard.size();
        say("yes go ahead");
        Thread.sleep(300);
        assertThat(heard.subList(before, heard.size())).as("heard while the order is being stored").containsExactly('O');
        assertThat(hungUp).isNotDone();
        context.runOnContext(v -> store.complete(null));
        hungUp.get(10, TimeUnit.SECONDS);
        List<Character> reply = new ArrayList<>(heard.subList(before, heard.size()));
        assertThat(reply).as("'One moment. Your order is in! It'll be ready ... Thanks for calling ...'")
                .containsExactly('O', 'Y', 'I', 'T');
    }

    /** Dials in and walks the caller up to the final "yes", with the order store answering when {@code store} does. */
    private void call(CompletionStage<Void> store) throws Exception {
        CallJournal journal = new CallJournal() {
            public CompletionStage<Void> placeOrder(String tenantId, Map<String, Object> order) {
                return store;
            }

            public CompletionStage<Void> save(String tenantId, Supplier<Map<String, Object>> record) {
                return CompletableFuture.completedFuture(null);
            }
        };
        session = new CallSession(new CallIdentity("CAheld", "order-held", "phone", "+19735550100", "+12015550100"),
                tenant, ZonedDateTime.parse("2026-11-24T18:30:00-05:00[America/New_York]"), Clock.systemUTC(),
                new LocalUnderstander(tenant.menu()), journal, PriceTable.defaults());
        PhoneCall[] call = new PhoneCall[1];
        MediaOut line = new MediaOut() {
            public void media(byte[] audio) { for (int i = 0; i < audio.length; i += 160) heard.add((char) audio[i]); }
            public void mark(String name) { context.runOnContext(v -> call[0].markEchoed(name)); }
            public void clear() { }
            public void close() { hungUp.complete(null); }
        };
        context.runOnContext(v -> {
            call[0] = new PhoneCall(vertx, session, line, (keyterms, listener) -> {
                recognition = listener;
                return new RecognitionStream() {
                    public void send(byte[] frame) { }
                    public void updateKeyterms(List<String> keyterms) { }
                    public void close() { }
                };
            }, speakingAtOnce(), new PhraseCache(), (id, number) -> { }, null, 60_000);
            call[0].start(tenant.voice().greeting());
        });
        for (String words : CALLER.subList(0, CALLER.size() - 1)) say(words);
        Thread.sleep(300);
    }

    private void say(String words) throws InterruptedException {
        Thread.sleep(300); // each reply is a frame a sentence: played and echoed by then
        context.runOnContext(v -> recognition.utterance(words, 0));
    }

    /** A synthesiser that answers every sentence at once with one frame: the sentence's first character, repeated. */
    private SpeechSynthesizer speakingAtOnce() {
        return new SpeechSynthesizer() {
            public Utterance utterance(SynthesisListener listener) {
                int[] next = {0};
                return new Utterance() {
                    public void sentence(String text) {
                        int i = next[0]++;
                        byte[] frame = new byte[160];
                        java.util.Arrays.fill(frame, (byte) text.charAt(0));
                        context.runOnContext(v -> {
                            listener.audio(i, frame);
                            listener.sentenceDone(i);
                        });
                    }
                    public void end() { }
                    public void cancel() { }
                };
            }

            public void close() { }
        };
    }
}
