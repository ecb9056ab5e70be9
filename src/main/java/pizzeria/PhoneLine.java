package pizzeria;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import java.util.logging.Logger;
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

/** The gateway's telephone: Twilio in front, Deepgram and Cartesia behind, one PhoneCall per call. */
public final class PhoneLine {
    private static final Logger LOG = Logger.getLogger(PhoneLine.class.getName());

    private PhoneLine() { }

    /**
     * @param publicUrl the base URL Twilio reaches us at; @param allowTestClock whether X-Clock may set a call's clock
     * @param mediaStartMillis how long a media socket may stay open without a valid start
     */
    public static void mount(Router router, Vertx vertx, VoiceSettings v, String publicUrl, boolean allowTestClock,
                             TenantRegistry registry, CallStarter starter, ActiveCalls calls, Metrics metrics,
                             long mediaStartMillis) {
        if (v.twilioSignatureCheck() && v.twilioAuthToken() == null) {
            LOG.warning("TWILIO_AUTH_TOKEN is not set: Twilio webhooks are refused (403) unless TWILIO_SIGNATURE_CHECK=off");
        }
        TwilioRest rest = new TwilioRest(WebClient.create(vertx), v.twilioApiUrl(), v.twilioAccountSid(), v.twilioAuthToken());
        TelephonyControl telephony = (callId, number) -> rest.transfer(callId, number)
                .onFailure(e -> LOG.warning(callId + ": transfer to " + number + " failed: " + e.getMessage()));
        PhraseCache phrases = new PhraseCache();
        SpeechRecognizer stt = v.deepgramKey() == null ? null : new DeepgramRecognizer(vertx, v.deepgramUrl(), v.deepgramKey());
        WebSocketClient ttsClient = ProviderSockets.client(vertx);
        new TwilioRoutes(vertx, v.twilioAuthToken(), v.twilioSignatureCheck(), publicUrl, allowTestClock,
                v.phoneReady(), registry, starter, calls, (session, out) -> new PhoneCall(new LoopClock(vertx), session, out, stt,
                        new CartesiaSynthesizer(vertx, ttsClient, v.cartesiaUrl(), v.cartesiaKey(), session.identity().callId(),
                                new CartesiaVoice(v.cartesiaModel(), session.tenant().voice().ttsVoice(), session.tenant().voice().language())),
                        phrases, telephony, metrics, v.silencePromptMillis()), mediaStartMillis)
                .mount(router);
    }
}
