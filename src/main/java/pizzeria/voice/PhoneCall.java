package pizzeria.voice;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import pizzeria.call.CallSession;
import pizzeria.call.StoringReply;
import pizzeria.call.TurnResult;
import pizzeria.ops.Metrics;
import pizzeria.order.Tool;
import pizzeria.voice.stt.RecognitionListener;
import pizzeria.voice.stt.RecognitionStream;
import pizzeria.voice.stt.SpeechRecognizer;
import pizzeria.voice.tts.SpeechSynthesizer;
import pizzeria.voice.tts.Utterance;

/**
 * One phone call: caller audio to the recogniser, each finished utterance to the call session, each reply
 * to the synthesiser and back to the caller. We speak only when the caller's turn has ended; when they
 * talk over us with real words (not a cough, not "uh-huh") we stop within a frame. Runs on one event loop.
 */
public final class PhoneCall implements RecognitionListener {
    private static final Logger LOG = Logger.getLogger(PhoneCall.class.getName());
    private static final Set<String> BACKCHANNELS = Set.of("uh-huh", "uh", "huh", "mm", "mhm", "mm-hmm", "yeah", "yep",
            "okay", "ok", "right", "sure", "um", "hmm", "oh", "yes", "alright");
    private static final int SILENT_PROMPTS = 2;

    private final Vertx vertx;
    private final Context context;
    private final CallSession session;
    private final MediaOut out;
    private final SpeechSynthesizer tts;
    private final PhraseCache cache;
    private final TelephonyControl telephony;
    private final Metrics metrics;
    private final long silenceMs;
    private final Speaker speaker;
    private final InboundClock clock = new InboundClock();
    private RecognitionStream stt;
    private ReplyPlayback playing;
    private Utterance synthesis;
    private int replies;
    private int silentPrompts;
    private long silenceTimer = -1;
    private boolean addressVocabulary;
    /** The turn being answered, and a reply already synthesising (held) while its order is stored. */
    private TurnTiming turnTiming;
    private String preparedReply;
    /** How many sentences of the prepared reply are its acknowledgment, played while the order is stored. */
    private int acknowledgment;
    /** The reply of the turn answered last: a preparation arriving after its turn was answered is late, and dropped. */
    private String answered;

    private final SpeechRecognizer recognizer;

    public PhoneCall(Vertx vertx, CallSession session, MediaOut out, SpeechRecognizer recognizer, SpeechSynthesizer tts,
                     PhraseCache cache, TelephonyControl telephony, Metrics metrics, long silenceMs) {
        this.recognizer = recognizer;
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.session = session;
        this.out = out;
        this.tts = tts;
        this.cache = cache;
        this.telephony = telephony;
        this.metrics = metrics;
        this.silenceMs = silenceMs;
        this.speaker = new Speaker(vertx, out);
        session.onReplyAwaitingStorage(reply -> {
            if (Vertx.currentContext() == context) prepare(reply);
            else context.runOnContext(v -> prepare(reply));
        });
    }

    /**
     * The caller hears the acknowledgment at once; the rest is synthesised meanwhile and held until the store
     * says it is safe. On the call's own loop this runs before the store is even asked, so the turn's first
     * frame does not wait for the database.
     */
    private void prepare(StoringReply reply) {
        String text = reply.text();
        if (preparedReply != null || text.equals(answered)) return;
        preparedReply = text;
        if (turnTiming != null) {
            turnTiming.synthesisStart = System.nanoTime();
            if (turnTiming.understood == 0) turnTiming.understood = turnTiming.synthesisStart;
        }
        acknowledgment = Sentences.split(reply.now()).size();
        speak(text, null, turnTiming, acknowledgment);
    }

    public void start(String greeting) {
        stt = recognizer.open(session.tenant().keyterms(), this);
        speak(greeting, null, null);
    }

    // ---- from the telephony stream

    public void inbound(byte[] frame) {
        clock.frame(System.nanoTime());
        if (stt != null) {
            stt.send(frame);
            session.cost().recognisedFrame();
        }
    }

    public void markEchoed(String name) {
        if (playing != null) playing.echoed(name);
        speaker.echoed(name);
    }

    public void dtmf(String digit) {
        if ("0".equals(digit)) {
            bargeIn();
            handle(session.transfer("the caller pressed 0"), null);
        }
    }

    /** The stream stopped: the caller hung up (or the call moved on); an unplaced cart is kept, open. */
    public void stopped() {
        cancelSilence();
        // The ended session is kept a while for readers; it must not keep this call's sockets and buffers.
        session.onReplyAwaitingStorage(reply -> { });
        session.hangUp();
        if (stt != null) stt.close();
        tts.close();
    }

    // ---- from the recogniser

    @Override
    public void speechStarted(double at) {
        cancelSilence();
        silentPrompts = 0;
    }

    @Override
    public void interim(String words) {
        if (speaker.audioToSend() && realWords(words)) bargeIn();
    }

    @Override
    public void utterance(String text, double lastWordEnd) {
        // With every frame already sent the caller has heard all but the last 200 ms: a "yes" then is the
        // answer to our question (its mark's echo may simply not be back yet), not a backchannel to ignore.
        if (speaker.audioToSend()) {
            if (!realWords(text)) return;
            bargeIn();
        }
        if (session.ended()) return;
        TurnTiming timing = new TurnTiming();
        timing.finalTranscript = System.nanoTime();
        timing.speechEnd = clock.at(lastWordEnd, timing.finalTranscript);
        turnTiming = timing;
        handle(session.hear(text), timing);
    }

    @Override
    public void failed(String why) {
        LOG.warning(session.identity().callId() + ": " + why + "; handing the call to staff");
        handle(session.transfer(why), null);
    }

    // ---- turns

    private void handle(java.util.concurrent.CompletionStage<TurnResult> turn, TurnTiming timing) {
        Future.fromCompletionStage(turn, context).onComplete(r -> {
            if (r.failed()) return;
            TurnResult result = r.result();
            answered = result.reply();
            if (timing != null && timing.understood == 0) timing.understood = System.nanoTime();
            followPhase(result);
            if (preparedReply != null && preparedReply.equals(result.reply())) {
                preparedReply = null;
                if (timing != null) stored(timing);
                speaker.onIdle(() -> afterReply(result));
                speaker.release();
                return;
            }
            if (preparedReply != null) keepAcknowledgmentOnly();
            speak(result.reply(), result, timing);
        });
    }

    /** While an address is being taken the recogniser favours street words and zip codes, else the menu. */
    private void followPhase(TurnResult result) {
        boolean address = session.tenant().phases().rules().stream().filter(p -> p.id().equals(result.phase()))
                .anyMatch(p -> p.tools().contains(Tool.SET_FULFILLMENT));
        if (address == addressVocabulary || stt == null) return;
        addressVocabulary = address;
        stt.updateKeyterms(address ? Vocabulary.address(session.tenant()) : session.tenant().keyterms());
    }

    private void speak(String text, TurnResult result, TurnTiming timing) {
        speak(text, result, timing, 0);
    }

    /** @param holdAfter the number of sentences played before the rest is held (until released); 0: none held */
    private void speak(String text, TurnResult result, TurnTiming timing, int holdAfter) {
        cancelSilence();
        List<String> sentences = Sentences.split(text);
        String id = "r" + (++replies);
        ReplyPlayback playback = new ReplyPlayback(id, sentences, speaker,
                (i, audio) -> cache.put(session.tenant(), sentences.get(i), audio), this::failed);
        playing = playback;
        if (holdAfter > 0) speaker.holdAfter(playback.markOf(holdAfter - 1));
        synthesis = null;
        // Before any audio is queued: a cached first sentence goes out at once, and that is the turn's first frame.
        if (timing != null) speaker.onFirstFrame(() -> turnDone(timing));
        for (int i = 0; i < sentences.size(); i++) {
            var known = cache.get(session.tenant(), sentences.get(i));
            if (known.isPresent()) {
                if (i == 0 && timing != null) { timing.cachedFirstSentence = true; timing.firstByte = System.nanoTime(); }
                playback.cached(i, known.get());
                session.cost().playedFromCache(sentences.get(i).length());
            } else {
                if (synthesis == null) synthesis = tts.utterance(firstByteWatch(playback, timing));
                playback.synthesise(i, cache.cacheable(session.tenant(), sentences.get(i)));
                synthesis.sentence(sentences.get(i));
                session.cost().synthesised(sentences.get(i).length());
            }
        }
        if (synthesis != null) synthesis.end();
        speaker.onIdle(() -> afterReply(result));
    }

    /** Wraps the playback to note when the first synthesised byte of the turn arrives. */
    private pizzeria.voice.tts.SynthesisListener firstByteWatch(ReplyPlayback playback, TurnTiming timing) {
        return new pizzeria.voice.tts.SynthesisListener() {
            public void audio(int sentence, byte[] mulaw) {
                if (timing != null && timing.firstByte == 0) timing.firstByte = System.nanoTime();
                playback.audio(sentence, mulaw);
            }
            public void sentenceDone(int sentence) { playback.sentenceDone(sentence); }
            public void failed(String why) { playback.failed(why); }
        };
    }

    private void turnDone(TurnTiming timing) {
        timing.firstFrame = System.nanoTime();
        if (timing.firstByte == 0) timing.firstByte = timing.firstFrame;
        session.annotateLastReply("latency", timing.record());
        session.saveAgain();
        if (metrics != null) metrics.turn(session.tenant().id(), timing.record());
    }

    /** The held part of the reply may go: the order is stored. How long that took goes with the turn's record. */
    private void stored(TurnTiming timing) {
        timing.stored = System.nanoTime();
        if (timing.firstFrame == 0) return; // the first frame is still to come; its hook records it all
        session.annotateLastReply("latency", timing.record());
        session.saveAgain();
    }

    /** The reply was heard to the end: hand over, hang up, or wait for the caller. */
    private void afterReply(TurnResult result) {
        if (result != null && result.ended()) {
            if (result.transferTo() != null) telephony.transfer(session.identity().callId(), result.transferTo());
            else out.close();
            return;
        }
        if (!session.ended()) startSilence();
    }

    /**
     * The store failed: an acknowledgment already passed on is heard to its end, what was held never is; the
     * apology follows. An acknowledgment still being synthesised goes with the rest.
     */
    private void keepAcknowledgmentOnly() {
        if (!playing.passedOn(acknowledgment)) { dropPrepared(); return; }
        preparedReply = null;
        playing.keepOnly(acknowledgment);
        if (synthesis != null) synthesis.cancel();
        speaker.dropHeld();
    }

    /** The caller talked over the held reply: all of it goes. */
    private void dropPrepared() {
        if (preparedReply == null) return;
        preparedReply = null;
        speaker.clear();
        if (synthesis != null) synthesis.cancel();
    }

    private void bargeIn() {
        if (preparedReply != null) { dropPrepared(); return; }
        if (!speaker.speaking()) return;
        speaker.clear();
        if (synthesis != null) synthesis.cancel();
        if (playing != null && !playing.allHeard()) session.cutOff(playing.heardText());
    }

    // ---- silence

    private void startSilence() {
        cancelSilence();
        silenceTimer = vertx.setTimer(silenceMs, t -> {
            silenceTimer = -1;
            if (session.ended()) return;
            if (silentPrompts++ < SILENT_PROMPTS) { say("Are you still there?"); return; }
            say("I'll let you go. Please call back any time!");
            speaker.onIdle(() -> { session.hangUp(); out.close(); });
        });
    }

    private void say(String line) {
        session.channelSaid(line);
        speak(line, null, null);
    }

    private void cancelSilence() {
        if (silenceTimer != -1) vertx.cancelTimer(silenceTimer);
        silenceTimer = -1;
    }

    private static boolean realWords(String words) {
        for (String w : words.toLowerCase().replaceAll("[^a-z' -]", " ").trim().split("\\s+")) {
            if (!w.isEmpty() && !BACKCHANNELS.contains(w)) return true;
        }
        return false;
    }
}
