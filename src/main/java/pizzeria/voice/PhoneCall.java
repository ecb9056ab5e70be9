package pizzeria.voice;

import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;
import pizzeria.call.CallSession;
import pizzeria.call.ChannelReport;
import pizzeria.call.Expecting;
import pizzeria.call.Reply;
import pizzeria.call.TurnResult;
import pizzeria.ops.Metrics;
import pizzeria.voice.stt.RecognitionListener;
import pizzeria.voice.stt.RecognitionStream;
import pizzeria.voice.stt.SpeechRecognizer;
import pizzeria.voice.tts.SpeechSynthesizer;

/**
 * One phone call: routes caller audio to the recogniser, each finished utterance to the call session, and
 * each reply to its voice. Turn-taking decides when to stop and when to answer; the silence watch, the held
 * reply and the reply's voice each do one job. Everything runs on the call's thread, on its clock.
 *
 * <p>A short answer finished while a reply's question is going out is kept, and answered as soon as the last
 * of that question's audio has gone out: the caller answered, they did not interrupt, and need not say it again.
 */
public final class PhoneCall implements RecognitionListener {
    private static final Logger LOG = Logger.getLogger(PhoneCall.class.getName());

    private final CallClock clock;
    private final CallSession session;
    private final MediaOut out;
    private final SpeechRecognizer recognizer;
    private final SpeechSynthesizer tts;
    private final TelephonyControl telephony;
    private final Metrics metrics;
    private final Speaker speaker;
    private final ReplyVoice voice;
    private final HeldReply held = new HeldReply();
    private final SilenceWatch silence;
    private final InboundClock inbound = new InboundClock();
    private RecognitionStream stt;
    private boolean addressVocabulary;
    /** A short answer heard during a question, to be answered once the question's audio is all out; or null. */
    private Kept kept;

    private record Kept(String text, ReplyPlayback during) { }

    /** Completes once the call has left us: handed to staff through the provider, hung up, or its stream stopped. */
    private final java.util.concurrent.CompletableFuture<Void> gone = new java.util.concurrent.CompletableFuture<>();

    public PhoneCall(CallClock clock, CallSession session, MediaOut out, SpeechRecognizer recognizer, SpeechSynthesizer tts,
                     PhraseCache cache, TelephonyControl telephony, Metrics metrics, long silenceMs) {
        this.clock = clock;
        this.session = session;
        this.out = out;
        this.recognizer = recognizer;
        this.tts = tts;
        this.telephony = telephony;
        this.metrics = metrics;
        this.speaker = new Speaker(clock, out);
        this.voice = new ReplyVoice(session.tenant(), speaker, tts, cache, session::report, this::failed);
        speaker.onMarkSent(this::markSent);
        this.silence = new SilenceWatch(clock, silenceMs, nth -> {
            if (!session.ended()) handle(session.silence(nth), null);
        });
    }

    public void start(Reply greeting) {
        stt = recognizer.open(session.tenant().keyterms(), this);
        speak(greeting, null, 0, () -> afterReply(null));
    }

    // ---- from the telephony stream

    public void inbound(byte[] frame) {
        inbound.frame(clock.nanoTime());
        if (stt != null) {
            stt.send(frame);
            session.report(ChannelReport.AUDIO_FRAME);
        }
    }

    public void markEchoed(String name) {
        if (voice.playing() != null) voice.playing().echoed(name);
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
        gone.complete(null);
        silence.cancel();
        session.hangUp();
        if (stt != null) stt.close();
        tts.close();
    }

    /**
     * The gateway is going down and cannot wait for this call to end: the caller hears they are being connected
     * and goes to the staff line, cart kept (the same path as a key press).
     */
    public CompletionStage<Void> handOver(String reason) {
        clock.run(() -> {
            if (session.ended()) return;
            bargeIn();
            handle(session.transfer(reason), null);
        });
        return gone;
    }

    public String callId() {
        return session.identity().callId();
    }

    /** Completes once the call has left us (see {@link #handOver}). */
    public CompletionStage<Void> whenGone() {
        return gone;
    }

    // ---- from the recogniser

    @Override
    public void speechStarted(double at) {
        silence.callerSpoke();
    }

    @Override
    public void interim(String words) {
        if (TurnTaking.interim(words, speaker.audioToSend(), asking()) == TurnTaking.Act.BARGE_IN) bargeIn();
    }

    @Override
    public void utterance(String text, double lastWordEnd) {
        TurnTaking.Act act = TurnTaking.utterance(text, speaker.audioToSend(), asking());
        if (act == TurnTaking.Act.IGNORE) return;
        if (act == TurnTaking.Act.KEEP) {
            // A later short answer replaces an earlier one: the caller's last word on it counts, once.
            kept = new Kept(text, voice.playing());
            return;
        }
        if (act == TurnTaking.Act.BARGE_IN_AND_ANSWER) bargeIn();
        if (session.ended()) return;
        TurnTiming timing = new TurnTiming(clock);
        timing.finalTranscript = clock.nanoTime();
        timing.speechEnd = inbound.at(lastWordEnd, timing.finalTranscript);
        kept = null;
        handle(session.hear(text), timing);
    }

    @Override
    public void failed(String why) {
        LOG.warning(session.identity().callId() + ": " + why + "; handing the call to staff");
        handle(session.transfer(why), null);
    }

    /** Whether the sentence going out is the question of the reply being spoken (none is while a reply is held). */
    private boolean asking() {
        ReplyPlayback playing = voice.playing();
        return playing != null && !held.waiting() && playing.askingNow();
    }

    /** A mark went out: once the question's last audio is sent, a short answer kept during it is answered. */
    private void markSent(String mark) {
        ReplyPlayback playing = voice.playing();
        if (playing == null) return;
        playing.sent(mark);
        if (kept == null || kept.during() != playing || !playing.allSent()) return;
        String text = kept.text();
        kept = null;
        if (session.ended()) return;
        // The caller's turn, as they hear it, begins now: the wait they notice is from here to our first frame.
        TurnTiming timing = new TurnTiming(clock);
        timing.finalTranscript = clock.nanoTime();
        timing.speechEnd = timing.finalTranscript;
        handle(session.hear(text), timing);
    }

    // ---- turns

    private void handle(CompletionStage<TurnResult> turn, TurnTiming timing) {
        turn.whenComplete((result, error) -> {
            if (error == null) clock.run(() -> answer(result, timing));
        });
    }

    private void answer(TurnResult result, TurnTiming timing) {
        if (timing != null && timing.understood == 0) {
            timing.understood = clock.nanoTime();
            timing.modelWait = result.modelWait().toNanos();
        }
        followVocabulary(result.said().expecting());
        if (!result.said().held()) {
            speak(result.said(), timing, 0, () -> afterReply(result));
            return;
        }
        held.begin(result.said().now().size());
        // Nothing follows until the store has answered: the speaker holds the rest, and settle() takes it on.
        speak(result.said(), timing, result.said().now().size(), () -> { });
        result.settled().whenComplete((settled, error) -> {
            if (error == null) clock.run(() -> settle(settled, timing));
        });
    }

    /**
     * The store has answered: the held part may go; or, if the order was not stored, an acknowledgment already
     * passed on is heard to its end, what was held never is, and the apology follows. An acknowledgment still
     * being synthesised goes with the rest.
     */
    private void settle(TurnResult settled, TurnTiming timing) {
        boolean stored = settled.orderId() != null;
        if (held.dropped()) {
            held.end();
            speak(settled.said(), timing, 0, () -> afterReply(settled));
            return;
        }
        if (stored) {
            held.end();
            if (timing != null) stored(timing);
            speaker.onIdle(() -> afterReply(settled));
            speaker.release();
            return;
        }
        ReplyPlayback playing = voice.playing();
        if (!playing.passedOn(held.acknowledgment())) {
            speaker.clear();
        } else {
            playing.keepOnly(held.acknowledgment());
            speaker.dropHeld();
        }
        voice.stopSynthesis();
        held.end();
        speak(settled.said(), timing, 0, () -> afterReply(settled));
    }

    /** While an address is being taken the recogniser favours street words and zip codes, else the menu. */
    private void followVocabulary(Expecting expecting) {
        boolean address = expecting == Expecting.ADDRESS;
        if (address == addressVocabulary || stt == null) return;
        addressVocabulary = address;
        stt.updateKeyterms(address ? Vocabulary.address(session.tenant()) : session.tenant().keyterms());
    }

    /**
     * @param holdAfter sentences played before the rest is held until released (0: none held)
     * @param heard     what follows once the whole reply has been heard
     */
    private void speak(Reply reply, TurnTiming timing, int holdAfter, Runnable heard) {
        silence.cancel();
        kept = null; // what was kept answered the reply this one replaces
        // Before any audio is queued: a cached first sentence goes out at once, and that is the turn's first frame.
        if (timing != null) speaker.onFirstFrame(() -> firstFrame(timing));
        voice.speak(reply.sentences(), timing, holdAfter, asks(reply));
        speaker.onIdle(heard);
    }

    /** Whether the reply waits for an answer and its last sentence is the question. */
    private static boolean asks(Reply reply) {
        var sentences = reply.sentences();
        return reply.expecting() != Expecting.NOTHING && !sentences.isEmpty()
                && sentences.get(sentences.size() - 1).text().endsWith("?");
    }

    private void firstFrame(TurnTiming timing) {
        timing.firstFrame = clock.nanoTime();
        if (timing.firstByte == 0) timing.firstByte = timing.firstFrame;
        session.report(new ChannelReport.Timed(timing.record()));
        if (metrics != null) metrics.turn(session.tenant().id(), timing.record());
    }

    /** The held part of the reply may go: the order is stored. How long that took goes with the turn's record. */
    private void stored(TurnTiming timing) {
        timing.stored = clock.nanoTime();
        if (timing.firstFrame == 0) return; // the first frame is still to come; its hook records it all
        session.report(new ChannelReport.Timed(timing.record()));
    }

    /** The reply was heard to the end: hand over, hang up, or wait for the caller. */
    private void afterReply(TurnResult result) {
        if (result != null && result.ended()) {
            if (result.transferTo() != null) telephony.transfer(session.identity().callId(), result.transferTo());
            else out.close();
            gone.complete(null);
            return;
        }
        if (!session.ended()) silence.start();
    }

    private void bargeIn() {
        kept = null; // the caller went on: what they say now is answered instead
        if (held.waiting()) {
            // The caller talked over the held reply: all of it goes.
            held.drop();
            speaker.clear();
            voice.stopSynthesis();
            return;
        }
        if (!speaker.speaking()) return;
        speaker.clear();
        voice.stopSynthesis();
        ReplyPlayback playing = voice.playing();
        if (playing != null && !playing.allHeard()) session.report(new ChannelReport.CutOff(playing.heardText()));
    }
}
