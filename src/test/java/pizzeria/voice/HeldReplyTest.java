package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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
 * The "your order is in" reply is synthesised while the order is stored and held until it is. Here the
 * store answers at once, before the call has even started preparing that reply: the reply must still
 * be played and the call ended, not left held forever. The providers are in-process stand-ins: the
 * order of events inside the call is what is tested, not a wire protocol.
 */
@DisplayName("A reply held while its order is stored")
class HeldReplyTest {
    private static final List<String> CALLER = List.of("can I get a large pepperoni pie", "no that's all", "yes",
            "Mike", "pickup", "yes go ahead");

    @Test
    @DisplayName("is played, and the call ends, even when the store answers before the reply is prepared")
    void storeFasterThanPreparation() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Tenant tenant = Tenants.reference();
            CallJournal instant = new CallJournal() {
                public CompletionStage<Void> placeOrder(String tenantId, Map<String, Object> order) {
                    return CompletableFuture.completedFuture(null);
                }

                public CompletionStage<Void> save(String tenantId, Supplier<Map<String, Object>> record) {
                    return CompletableFuture.completedFuture(null);
                }
            };
            CallSession session = new CallSession(new CallIdentity("CAheld", "order-held", "phone", "+19735550100", "+12015550100"),
                    tenant, ZonedDateTime.parse("2026-11-24T18:30:00-05:00[America/New_York]"), Clock.systemUTC(),
                    new LocalUnderstander(tenant.menu()), instant, PriceTable.defaults());
            Context context = vertx.getOrCreateContext();
            CompletableFuture<Void> hungUp = new CompletableFuture<>();
            AtomicInteger frames = new AtomicInteger();
            RecognitionListener[] heard = new RecognitionListener[1];
            PhoneCall[] call = new PhoneCall[1];
            MediaOut line = new MediaOut() {
                public void media(byte[] audio) { frames.addAndGet(audio.length / 160); }
                public void mark(String name) { context.runOnContext(v -> call[0].markEchoed(name)); }
                public void clear() { }
                public void close() { hungUp.complete(null); }
            };
            context.runOnContext(v -> {
                call[0] = new PhoneCall(vertx, session, line, (keyterms, listener) -> {
                    heard[0] = listener;
                    return new RecognitionStream() {
                        public void send(byte[] frame) { }
                        public void updateKeyterms(List<String> keyterms) { }
                        public void close() { }
                    };
                }, speakingAtOnce(context), new PhraseCache(), (id, number) -> { }, null, 60_000);
                call[0].start(tenant.voice().greeting());
            });
            for (String words : CALLER) {
                Thread.sleep(300); // each reply is a frame or two: played and echoed by then
                context.runOnContext(v -> heard[0].utterance(words, 0));
            }
            int before = frames.get();
            hungUp.get(10, TimeUnit.SECONDS);
            assertThat(session.result().orderId()).isEqualTo("order-held");
            assertThat(frames.get()).as("the held reply was played before the call ended").isGreaterThan(before);
        } finally {
            vertx.close().await();
        }
    }

    /** A synthesiser that answers every sentence at once with one frame of audio, on the call's loop. */
    private static SpeechSynthesizer speakingAtOnce(Context context) {
        return new SpeechSynthesizer() {
            public Utterance utterance(SynthesisListener listener) {
                AtomicInteger next = new AtomicInteger();
                return new Utterance() {
                    public void sentence(String text) {
                        int i = next.getAndIncrement();
                        context.runOnContext(v -> {
                            listener.audio(i, new byte[160]);
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
