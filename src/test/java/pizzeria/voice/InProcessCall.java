package pizzeria.voice;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
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
 * A phone call to the reference tenant with in-process stand-ins for the line and the providers, for
 * tests of the order of events inside a call (not of a wire protocol). The synthesiser makes one frame
 * per sentence at once, filled with the sentence's first character, so what was heard can be read back.
 */
final class InProcessCall implements AutoCloseable {
    final Vertx vertx = Vertx.vertx();
    final Context context = vertx.getOrCreateContext();
    final Tenant tenant = Tenants.reference();
    /** The first character of each sentence sent to the caller, in order. */
    final List<Character> heard = new CopyOnWriteArrayList<>();
    /** Marks sent and not echoed (when the caller does not echo them by itself). */
    final List<String> marksPending = new CopyOnWriteArrayList<>();
    final CompletableFuture<Void> hungUp = new CompletableFuture<>();
    final CallSession session;
    private final PhoneCall[] call = new PhoneCall[1];
    private RecognitionListener recognition;

    /** @param store what the order store answers; @param echoMarks whether the caller echoes marks at once */
    InProcessCall(CompletionStage<Void> store, boolean echoMarks) {
        CallJournal journal = new CallJournal() {
            public CompletionStage<Void> placeOrder(String tenantId, Map<String, Object> order) {
                return store;
            }

            public CompletionStage<Void> save(String tenantId, Supplier<Map<String, Object>> record) {
                return CompletableFuture.completedFuture(null);
            }
        };
        session = new CallSession(new CallIdentity("CAinprocess", "order-inprocess", "phone", "+19735550100", "+12015550100"),
                tenant, ZonedDateTime.parse("2026-11-24T18:30:00-05:00[America/New_York]"), Clock.systemUTC(),
                new LocalUnderstander(tenant.menu()), journal, PriceTable.defaults());
        MediaOut line = new MediaOut() {
            public void media(byte[] audio) { for (int i = 0; i < audio.length; i += 160) heard.add((char) audio[i]); }
            public void mark(String name) {
                if (echoMarks) echo(name);
                else marksPending.add(name);
            }
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
    }

    /** The caller's utterance, 300 ms after the last: each reply (a frame a sentence) is sent by then. */
    void say(String words) throws InterruptedException {
        Thread.sleep(300);
        context.runOnContext(v -> recognition.utterance(words, 0));
    }

    void echo(String mark) {
        context.runOnContext(v -> call[0].markEchoed(mark));
    }

    @Override
    public void close() {
        vertx.close().await();
    }

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
