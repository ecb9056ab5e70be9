package pizzeria;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import pizzeria.call.CallSession;
import pizzeria.call.ActiveCalls;
import pizzeria.call.CallStarter;
import pizzeria.ops.Metrics;
import pizzeria.tenancy.TenantRegistry;
import pizzeria.voice.LoopClock;
import pizzeria.voice.PhoneCall;
import pizzeria.voice.PhraseCache;
import pizzeria.voice.ProviderSockets;
import pizzeria.voice.TelephonyControl;
import pizzeria.voice.VoiceSettings;
import pizzeria.voice.cartesia.CartesiaSynthesizer;
import pizzeria.voice.cartesia.CartesiaVoice;
import pizzeria.voice.deepgram.DeepgramRecognizer;
import pizzeria.voice.stt.SpeechRecognizer;
import pizzeria.voice.twilio.TwilioRest;
import pizzeria.voice.twilio.TwilioRoutes;

/**
 * The gateway's telephone: Twilio in front, Deepgram and Cartesia behind, one PhoneCall per call. It knows its
 * calls on the line, so a shutdown can hand them to staff, and owns the provider clients, which it closes.
 */
public final class PhoneLine {
    private static final Logger LOG = Logger.getLogger(PhoneLine.class.getName());

    private final Set<PhoneCall> onTheLine = ConcurrentHashMap.newKeySet();
    /** Transfers asked of Twilio and not yet answered: a shutdown waits for them before closing the clients. */
    private final Set<Future<Void>> transfers = ConcurrentHashMap.newKeySet();
    private final WebClient restClient;
    private final WebSocketClient ttsClient;
    private final DeepgramRecognizer stt;
    private final TwilioRest rest;
    private TwilioRoutes routes;

    private PhoneLine(Vertx vertx, VoiceSettings v) {
        restClient = WebClient.create(vertx);
        rest = new TwilioRest(restClient, v.twilioApiUrl(), v.twilioAccountSid(), v.twilioAuthToken());
        ttsClient = ProviderSockets.client(vertx);
        stt = v.deepgramKey() == null ? null : new DeepgramRecognizer(vertx, v.deepgramUrl(), v.deepgramKey());
    }

    /**
     * @param publicUrl the base URL Twilio reaches us at; @param allowTestClock whether X-Clock may set a call's clock
     * @param mediaStartMillis how long a media socket may stay open without a valid start
     * @param draining whether new calls are refused (a shutdown): they go to the staff line
     */
    public static PhoneLine mount(Router router, Vertx vertx, VoiceSettings v, String publicUrl, boolean allowTestClock,
                                  TenantRegistry registry, CallStarter starter, ActiveCalls calls, Metrics metrics,
                                  long mediaStartMillis, BooleanSupplier draining) {
        if (v.twilioSignatureCheck() && v.twilioAuthToken() == null) {
            LOG.warning("TWILIO_AUTH_TOKEN is not set: Twilio webhooks are refused (403) unless TWILIO_SIGNATURE_CHECK=off");
        }
        PhoneLine line = new PhoneLine(vertx, v);
        TelephonyControl telephony = line::transfer;
        PhraseCache phrases = new PhraseCache();
        SpeechRecognizer stt = line.stt;
        line.routes = new TwilioRoutes(vertx, v.twilioAuthToken(), v.twilioSignatureCheck(), publicUrl, allowTestClock,
                v.phoneReady(), registry, starter, calls, (session, out) -> line.onTheLine(new PhoneCall(new LoopClock(vertx), session, out, stt,
                        new CartesiaSynthesizer(vertx, line.ttsClient, v.cartesiaUrl(), v.cartesiaKey(), session.identity().callId(),
                                new CartesiaVoice(v.cartesiaModel(), session.tenant().voice().ttsVoice(), session.tenant().voice().language())),
                        phrases, telephony, metrics, v.silencePromptMillis())), mediaStartMillis)
                .refuseNewCallsWhen(draining);
        line.routes.mount(router);
        return line;
    }

    /** Phone calls whose stream is still connected (ended or not). */
    public int callsOnTheLine() {
        return onTheLine.size();
    }

    private PhoneCall onTheLine(PhoneCall call) {
        onTheLine.add(call);
        call.whenGone().thenRun(() -> onTheLine.remove(call));
        return call;
    }

    private void transfer(String callId, String number) {
        Future<Void> sent = rest.transfer(callId, number)
                .onFailure(e -> LOG.warning(callId + ": transfer to " + number + " failed: " + e.getMessage()));
        transfers.add(sent);
        sent.onComplete(r -> transfers.remove(sent));
    }

    /**
     * Every phone call still in progress goes to its restaurant's staff line, cart kept: those on a media stream
     * hear that they are being connected first; one whose stream has not connected yet is moved at once.
     * Completes when Twilio has answered every transfer (or failed to).
     */
    public Future<Void> handOverAll(String reason, List<CallSession> phoneCalls) {
        List<Future<Void>> gone = new ArrayList<>();
        Set<String> streaming = new java.util.HashSet<>();
        for (PhoneCall call : List.copyOf(onTheLine)) {
            streaming.add(call.callId());
            gone.add(Future.fromCompletionStage(call.handOver(reason)));
        }
        for (CallSession session : phoneCalls) {
            if (streaming.contains(session.identity().callId()) || session.ended()) continue;
            gone.add(Future.fromCompletionStage(session.transfer(reason)).map(r -> {
                if (r.transferTo() != null) transfer(session.identity().callId(), r.transferTo());
                return null;
            }));
        }
        return Future.join(gone).transform(r -> Future.join(List.copyOf(transfers))).mapEmpty();
    }

    /** Closes the provider clients (and with them any socket still open) and stops the routes' timer. */
    public Future<Void> close() {
        if (routes != null) routes.close();
        List<Future<Void>> closing = new ArrayList<>(List.of(ttsClient.close()));
        if (stt != null) closing.add(stt.close());
        restClient.close();
        return Future.join(closing).mapEmpty();
    }
}
