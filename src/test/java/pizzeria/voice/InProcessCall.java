package pizzeria.voice;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import pizzeria.call.CallIdentity;
import pizzeria.call.CallJournal;
import pizzeria.call.CallRecord;
import pizzeria.call.CallSession;
import pizzeria.call.PlacedOrder;
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
 * A phone call to the reference tenant with in-process stand-ins for the line and the providers, on a
 * {@link ManualClock}, for tests of the order of events inside a call (not of a wire protocol). The
 * synthesiser makes one frame per sentence at once (or, when asked to speak at a talker's pace, a number
 * of frames for each character), filled with the sentence's first character, so what was heard can be read
 * back. The line plays what it is sent in real time (of the manual clock) and, when asked to, echoes each
 * mark once the audio before it has been played, as Twilio does.
 */
final class InProcessCall {
    private static final long FRAME_MS = 20;

    final ManualClock clock = new ManualClock();
    final Tenant tenant = Tenants.reference();
    /** The first character of each frame sent to the caller, in order. */
    final List<Character> heard = new ArrayList<>();
    /** When the line was told to clear what it had not played yet (a barge-in), on the manual clock. */
    final List<Long> clears = new ArrayList<>();
    /** Marks sent and not echoed (when the caller does not echo them by itself). */
    final List<String> marksPending = new ArrayList<>();
    final CompletableFuture<Void> hungUp = new CompletableFuture<>();
    final List<String> transfers = new ArrayList<>();
    final CallSession session;
    private final PhoneCall call;
    private RecognitionListener recognition;
    /** When the caller's playback of what was sent so far ends (manual clock, ns). */
    private long playedUntil;

    /** @param store what the order store answers; @param echoMarks whether the caller echoes marks */
    InProcessCall(CompletionStage<Void> store, boolean echoMarks) {
        this(store, echoMarks, 60_000);
    }

    InProcessCall(CompletionStage<Void> store, boolean echoMarks, long silenceMs) {
        this(store, echoMarks, silenceMs, 0);
    }

    /** @param framesPerCharacter how long each sentence lasts (3: 60 ms a character, as a person talks); 0: one frame */
    InProcessCall(CompletionStage<Void> store, boolean echoMarks, long silenceMs, int framesPerCharacter) {
        CallJournal journal = new CallJournal() {
            public CompletionStage<Void> placeOrder(String tenantId, PlacedOrder order) {
                return store;
            }

            public CompletionStage<Void> save(String tenantId, Supplier<CallRecord> record) {
                record.get();
                return CompletableFuture.completedFuture(null);
            }
        };
        session = new CallSession(new CallIdentity("CAinprocess", "order-inprocess", "phone", "+19735550100", "+12015550100"),
                tenant, ZonedDateTime.parse("2026-11-24T18:30:00-05:00[America/New_York]"), Clock.systemUTC(),
                new LocalUnderstander(tenant.menu()), journal, PriceTable.defaults());
        MediaOut line = new MediaOut() {
            public void media(byte[] audio) {
                for (int i = 0; i < audio.length; i += 160) heard.add((char) audio[i]);
                playedUntil = Math.max(playedUntil, clock.nanoTime()) + audio.length / 160 * FRAME_MS * 1_000_000L;
            }
            public void mark(String name) {
                if (!echoMarks) { marksPending.add(name); return; }
                long playedIn = Math.max(0, playedUntil - clock.nanoTime()) / 1_000_000L;
                clock.after(playedIn, () -> call().markEchoed(name));
            }
            public void clear() {
                clears.add(clock.nanoTime());
                playedUntil = clock.nanoTime();
            }
            public void close() { hungUp.complete(null); }
        };
        call = new PhoneCall(clock, session, line, (keyterms, listener) -> {
            recognition = listener;
            return new RecognitionStream() {
                public void send(byte[] frame) { }
                public void updateKeyterms(List<String> keyterms) { }
                public void close() { }
            };
        }, speakingAtOnce(framesPerCharacter), new PhraseCache(), (id, number) -> transfers.add(number), null, silenceMs);
        call.start(session.open().toCompletableFuture().join().said());
    }

    private PhoneCall call() {
        return call;
    }

    /** A second of the caller listening, then their utterance. */
    void say(String words) {
        clock.advance(1000);
        recognition.speechStarted(0);
        recognition.utterance(words, 0);
    }

    /**
     * The caller's utterance ends now, while whatever is being sent goes on: its words first as an interim,
     * then as the finished utterance.
     */
    void sayNow(String words) {
        recognition.speechStarted(0);
        recognition.interim(words);
        recognition.utterance(words, 0);
    }

    /** Listens, a frame at a time, until the audio being sent is a sentence starting with {@code first}. */
    void waitUntilSending(char first) {
        for (int ms = 0; ms < 60_000; ms += FRAME_MS) {
            if (!heard.isEmpty() && heard.get(heard.size() - 1) == first) return;
            clock.advance(FRAME_MS);
        }
        throw new AssertionError("no sentence starting with '" + first + "' was sent within a minute");
    }

    /** The caller stays silent (or listens) this long. */
    void waitFor(long millis) {
        clock.advance(millis);
    }

    private static SpeechSynthesizer speakingAtOnce(int framesPerCharacter) {
        return new SpeechSynthesizer() {
            public Utterance utterance(SynthesisListener listener) {
                int[] next = {0};
                return new Utterance() {
                    public void sentence(String text) {
                        int i = next[0]++;
                        byte[] frame = new byte[160 * Math.max(1, framesPerCharacter * text.length())];
                        java.util.Arrays.fill(frame, (byte) text.charAt(0));
                        listener.audio(i, frame);
                        listener.sentenceDone(i);
                    }
                    public void end() { }
                    public void cancel() { }
                };
            }

            public void close() { }
        };
    }
}
