package pizzeria.voice;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import java.util.logging.Logger;
import pizzeria.Settings;
import pizzeria.call.ActiveCalls;
import pizzeria.call.CallStarter;
import pizzeria.ops.Metrics;
import pizzeria.tenant.TenantRegistry;
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

    public static void mount(Router router, Vertx vertx, Settings settings, TenantRegistry registry, CallStarter starter,
                             ActiveCalls calls, Metrics metrics) {
        Settings.Voice v = settings.voice();
        if (v.twilioSignatureCheck() && v.twilioAuthToken() == null) {
            LOG.warning("TWILIO_AUTH_TOKEN is not set: Twilio webhooks are refused (403) unless TWILIO_SIGNATURE_CHECK=off");
        }
        TwilioRest rest = new TwilioRest(WebClient.create(vertx), v.twilioApiUrl(), v.twilioAccountSid(), v.twilioAuthToken());
        TelephonyControl telephony = (callId, number) -> rest.transfer(callId, number)
                .onFailure(e -> LOG.warning(callId + ": transfer to " + number + " failed: " + e.getMessage()));
        PhraseCache phrases = new PhraseCache();
        SpeechRecognizer stt = v.deepgramKey() == null ? null : new DeepgramRecognizer(vertx, v.deepgramUrl(), v.deepgramKey());
        WebSocketClient ttsClient = ProviderSockets.client(vertx);
        new TwilioRoutes(vertx, v.twilioAuthToken(), v.twilioSignatureCheck(), settings.publicUrl(), settings.allowTestClock(),
                v.phoneReady(), registry, starter, calls, (session, out) -> new PhoneCall(vertx, session, out, stt,
                        new CartesiaSynthesizer(vertx, ttsClient, v.cartesiaUrl(), v.cartesiaKey(), session.identity().callId(),
                                new CartesiaVoice(v.cartesiaModel(), session.tenant().voice().ttsVoice(), session.tenant().voice().language())),
                        phrases, telephony, metrics, v.silencePromptMillis()))
                .mount(router);
    }
}
