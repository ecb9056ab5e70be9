package pizzeria.voice.twilio;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import pizzeria.call.ActiveCalls;
import pizzeria.call.CallSession;
import pizzeria.call.Line;
import pizzeria.call.CallStarter;
import pizzeria.tenant.Tenant;
import pizzeria.tenancy.TenantRegistry;
import pizzeria.voice.MediaOut;
import pizzeria.voice.PhoneCall;

/** Twilio's webhooks (voice, status) and its Media Streams WebSocket. */
public final class TwilioRoutes {
    private static final Set<String> FINAL_STATUSES = Set.of("completed", "busy", "no-answer", "failed", "canceled");
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(TwilioRoutes.class.getName());
    /** Longer than any caller id Twilio sends (E.164, "anonymous", a SIP URI); kept with the call and its order. */
    static final int MAX_PARTY_LENGTH = 128;

    private final Vertx vertx;
    private final TwilioSignature signature;
    private final boolean checkSignature;
    private final String publicUrl;
    private final boolean allowTestClock;
    private final boolean phoneReady;
    private final TenantRegistry registry;
    private final CallStarter starter;
    private final ActiveCalls calls;
    private final BiFunction<CallSession, MediaOut, PhoneCall> phoneCalls;
    private final PendingStreams pending = new PendingStreams();
    private final long mediaStartMillis;
    private java.util.function.BooleanSupplier refusing = () -> false;
    /** Forgets expired stream tokens; cancelled by {@link #close}. */
    private final long expiry;

    public TwilioRoutes(Vertx vertx, String authToken, boolean checkSignature, String publicUrl, boolean allowTestClock,
                        boolean phoneReady, TenantRegistry registry, CallStarter starter, ActiveCalls calls,
                        BiFunction<CallSession, MediaOut, PhoneCall> phoneCalls, long mediaStartMillis) {
        this.mediaStartMillis = mediaStartMillis;
        this.vertx = vertx;
        this.signature = new TwilioSignature(authToken);
        this.checkSignature = checkSignature;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.allowTestClock = allowTestClock;
        this.phoneReady = phoneReady;
        this.registry = registry;
        this.starter = starter;
        this.calls = calls;
        this.phoneCalls = phoneCalls;
        expiry = vertx.setPeriodic(30_000, t -> pending.forgetExpired());
    }

    /** Stops the routes' timer (the gateway is stopping). */
    public void close() {
        vertx.cancelTimer(expiry);
    }

    /** While this holds (the gateway is shutting down) a new call goes straight to the restaurant's staff line. */
    public TwilioRoutes refuseNewCallsWhen(java.util.function.BooleanSupplier refusing) {
        this.refusing = refusing;
        return this;
    }

    public void mount(Router router) {
        router.post("/twilio/voice").handler(this::voice);
        router.post("/twilio/status").handler(this::status);
        router.get("/twilio/media").handler(ctx -> ctx.request().toWebSocket()
                .onSuccess(ws -> new TwilioMediaSocket(vertx, ws, pending, phoneCalls, mediaStartMillis))
                .onFailure(e -> ctx.fail(400)));
    }

    private boolean signed(RoutingContext ctx) {
        if (!checkSignature) return true;
        Map<String, String> params = new HashMap<>();
        ctx.request().formAttributes().forEach(e -> params.put(e.getKey(), e.getValue()));
        if (signature.valid(publicUrl + ctx.request().uri(), params, ctx.request().getHeader("X-Twilio-Signature"))) return true;
        error(ctx, 403, "invalid or missing X-Twilio-Signature");
        return false;
    }

    private void voice(RoutingContext ctx) {
        if (!signed(ctx)) return;
        var form = ctx.request().formAttributes();
        String callSid = form.get("CallSid");
        String to = form.get("To");
        String from = form.get("From");
        if (callSid == null || callSid.isBlank() || callSid.length() > MAX_PARTY_LENGTH) { error(ctx, 400, "CallSid is required"); return; }
        if ((to != null && to.length() > MAX_PARTY_LENGTH) || (from != null && from.length() > MAX_PARTY_LENGTH)) {
            error(ctx, 400, "To and From are at most " + MAX_PARTY_LENGTH + " characters");
            return;
        }
        Optional<Tenant> tenant = to == null ? Optional.empty() : registry.byNumber(to);
        if (tenant.isEmpty()) {
            twiml(ctx, TwiML.sayAndHangUp(Line.NUMBER_NOT_TAKING_ORDERS.text()));
            return;
        }
        if (refusing.getAsBoolean()) {
            twiml(ctx, TwiML.dial(tenant.get().transferNumber()));
            return;
        }
        ZonedDateTime clock = testClock(ctx, tenant.get()).orElseGet(() -> starter.localNow(tenant.get()));
        CallStarter.Admission admission = starter.start(tenant.get(), "phone", callSid, from, to, clock);
        if (!admission.admitted()) { refused(ctx, tenant.get(), callSid, admission.refusal()); return; }
        CallSession session = admission.session();
        Future.fromCompletionStage(session.open(), vertx.getOrCreateContext()).onSuccess(greeting -> {
            if (greeting.ended()) { twiml(ctx, TwiML.sayAndHangUp(greeting.reply())); return; }
            if (!phoneReady) {
                session.transfer("phone ordering is not configured");
                twiml(ctx, TwiML.dial(tenant.get().transferNumber()));
                return;
            }
            String token = pending.add(session, greeting.said());
            String ws = publicUrl.replaceFirst("^http", "ws") + "/twilio/media";
            twiml(ctx, TwiML.stream(ws, Map.of("callSid", session.identity().callId(), "tenant", tenant.get().id(), "token", token)));
        }).onFailure(e -> ctx.fail(500));
    }

    /**
     * A replayed CallSid keeps the live call it names (409: Twilio never sends one call's webhook twice); over
     * the gateway's or the restaurant's limit, the caller goes straight to the staff line.
     */
    private void refused(RoutingContext ctx, Tenant tenant, String callSid, ActiveCalls.Refusal why) {
        if (why == ActiveCalls.Refusal.ID_IN_USE) {
            LOG.warning(callSid + ": a voice webhook for a call already known; ignored, the call keeps going");
            error(ctx, 409, "call " + callSid + " is already known");
            return;
        }
        LOG.info(callSid + ": " + (why == ActiveCalls.Refusal.RESTAURANT_FULL ? "the restaurant's" : "the gateway's")
                + " call limit is reached; the caller goes to the staff line");
        String staff = tenant.transferNumber();
        twiml(ctx, staff == null || staff.isBlank() ? TwiML.sayAndHangUp(Line.LINES_BUSY.text()) : TwiML.dial(staff));
    }

    private Optional<ZonedDateTime> testClock(RoutingContext ctx, Tenant tenant) {
        String header = ctx.request().getHeader("X-Clock");
        if (header == null || !allowTestClock) return Optional.empty();
        try {
            return Optional.of(OffsetDateTime.parse(header).atZoneSameInstant(tenant.timezone()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The call's final status: a call still open ends here, its cart kept. */
    private void status(RoutingContext ctx) {
        if (!signed(ctx)) return;
        var form = ctx.request().formAttributes();
        String callSid = form.get("CallSid");
        String status = form.get("CallStatus");
        if (callSid == null || status == null) { error(ctx, 400, "CallSid and CallStatus are required"); return; }
        if (FINAL_STATUSES.contains(status)) calls.get(callSid).ifPresent(CallSession::hangUp);
        ctx.response().setStatusCode(204).end();
    }

    private static void error(RoutingContext ctx, int status, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(new io.vertx.core.json.JsonObject().put("error", message).encode());
    }

    private static void twiml(RoutingContext ctx, String xml) {
        ctx.response().putHeader("Content-Type", "text/xml").end(xml);
    }
}
