package pizzeria.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import pizzeria.call.ActiveCalls;
import pizzeria.call.CallEnded;
import pizzeria.call.CallSession;
import pizzeria.call.CallStarter;
import pizzeria.call.TurnResult;
import pizzeria.tenant.Tenant;
import pizzeria.tenancy.TenantRegistry;

/** The text channel: the same call session as a phone call, driven by typed turns. */
public final class TextChannel {
    /** The longest turn taken, in characters (CONTRACT.md); longer is 413. */
    public static final int MAX_TURN_CHARACTERS = 2000;
    /** A phone number as the text channel takes one: E.164 digits, the plus optional. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\+?[0-9]{1,15}");
    /** What a client that found every line busy is told to wait, in seconds: calls take minutes. */
    static final String BUSY_RETRY_AFTER = "30";

    private final Vertx vertx;
    private final TenantRegistry registry;
    private final CallStarter starter;
    private final ActiveCalls calls;
    private final boolean allowTestClock;
    private final AddressQuota starts;
    /** For the machine's own addresses; null: not limited. */
    private final AddressQuota localStarts;
    private java.util.function.BooleanSupplier refusing = () -> false;

    /**
     * @param startsPerMinute      calls one client address may start a minute (429 past it)
     * @param localStartsPerMinute the same for the machine's own addresses (0: not limited): scorers and scenario
     *                             harnesses run here, one call an utterance, hundreds a minute
     */
    public TextChannel(Vertx vertx, TenantRegistry registry, CallStarter starter, ActiveCalls calls, boolean allowTestClock,
                       int startsPerMinute, int localStartsPerMinute) {
        this.starts = new AddressQuota("text-call-starts", startsPerMinute);
        this.localStarts = localStartsPerMinute > 0 ? new AddressQuota("local-text-call-starts", localStartsPerMinute) : null;
        this.vertx = vertx;
        this.registry = registry;
        this.starter = starter;
        this.calls = calls;
        this.allowTestClock = allowTestClock;
    }

    /** While this holds (the gateway is shutting down) a new call is refused with 503; calls in progress go on. */
    public TextChannel refuseNewCallsWhen(java.util.function.BooleanSupplier refusing) {
        this.refusing = refusing;
        return this;
    }

    public void mount(Router router) {
        router.post("/v1/calls").handler(this::start);
        router.post("/v1/calls/:id/turns").handler(this::turn);
        router.get("/v1/calls/:id").handler(this::show);
        router.delete("/v1/calls/:id").handler(this::hangUp);
    }

    private void start(RoutingContext ctx) {
        if (refusing.getAsBoolean()) { Json.error(ctx, 503, "the gateway is shutting down: call again in a minute"); return; }
        String address = AddressQuota.addressOf(ctx);
        AddressQuota quota = AddressQuota.isLoopback(address) ? localStarts : starts;
        Optional<java.time.Duration> wait = quota == null ? Optional.empty() : quota.take(address);
        if (wait.isPresent()) { AddressQuota.tooMany(ctx, wait.get(), "too many calls started from this address; try again later"); return; }
        JsonObject body = Bodies.json(ctx);
        if (body == null) return;
        String to = number(ctx, body, "to", true);
        String from = to == null ? null : number(ctx, body, "from", false);
        if (ctx.response().ended()) return;
        Optional<Tenant> tenant = registry.byNumber(to);
        if (tenant.isEmpty()) { Json.error(ctx, 404, "no restaurant answers " + to); return; }
        Optional<ZonedDateTime> clock = testClock(ctx, tenant.get());
        if (clock == null) return;
        CallStarter.Admission admission = starter.start(tenant.get(), "text", null, from, to,
                clock.orElseGet(() -> starter.localNow(tenant.get())));
        if (!admission.admitted()) {
            ctx.response().putHeader("Retry-After", BUSY_RETRY_AFTER);
            Json.error(ctx, 503, admission.refusal() == ActiveCalls.Refusal.RESTAURANT_FULL
                    ? "every line of this restaurant is busy; try again shortly" : "every line is busy; try again shortly");
            return;
        }
        CallSession session = admission.session();
        Future.fromCompletionStage(session.open(), vertx.getOrCreateContext()).onComplete(r -> {
            if (r.failed()) { Json.error(ctx, 500, "could not start the call"); return; }
            TurnResult t = r.result();
            Json.send(ctx, 201, new JsonObject().put("callId", session.identity().callId())
                    .put("tenant", tenant.get().id()).put("reply", t.reply()).put("phase", t.phase())
                    .put("ended", t.ended()));
        });
    }

    /**
     * The field as a phone number (kept with the call and its order: a megabyte of "from" would be kept too),
     * or null after answering 400; an optional field may be absent.
     */
    private static String number(RoutingContext ctx, JsonObject body, String field, boolean required) {
        Object value = body.getValue(field);
        if (value == null && !required) return null;
        if (!(value instanceof String s) || !NUMBER.matcher(s).matches()) {
            Json.error(ctx, 400, "\"" + field + "\" must be a phone number like +19735550123");
            return null;
        }
        return s;
    }

    /** X-Clock sets a call's clock for tests of opening hours, only when the gateway allows it. */
    private Optional<ZonedDateTime> testClock(RoutingContext ctx, Tenant tenant) {
        String header = ctx.request().getHeader("X-Clock");
        if (header == null || !allowTestClock) return Optional.empty();
        try {
            return Optional.of(OffsetDateTime.parse(header).atZoneSameInstant(tenant.timezone()));
        } catch (DateTimeParseException e) {
            Json.error(ctx, 400, "X-Clock must be an ISO-8601 date-time with offset");
            return null;
        }
    }

    private void turn(RoutingContext ctx) {
        Optional<CallSession> session = calls.get(ctx.pathParam("id"));
        if (session.isEmpty()) { Json.error(ctx, 404, "no such call"); return; }
        JsonObject body = Bodies.json(ctx);
        if (body == null) return;
        String text = body.getValue("text") instanceof String t ? t : null;
        if (text == null || text.isBlank()) { Json.error(ctx, 400, "text is required (a string)"); return; }
        if (text.length() > MAX_TURN_CHARACTERS && text.codePointCount(0, text.length()) > MAX_TURN_CHARACTERS) {
            Json.error(ctx, 413, "a turn is at most " + MAX_TURN_CHARACTERS + " characters");
            return;
        }
        if (session.get().ended()) { Json.error(ctx, 409, "the call has ended"); return; }
        Future.fromCompletionStage(session.get().hear(text).thenCompose(TurnResult::settled), vertx.getOrCreateContext()).onComplete(r -> {
            if (r.succeeded()) Json.send(ctx, 200, Json.turn(r.result()));
            else if (r.cause() instanceof CallEnded || r.cause().getCause() instanceof CallEnded) Json.error(ctx, 409, "the call has ended");
            else Json.error(ctx, 500, "the turn failed");
        });
    }

    private void show(RoutingContext ctx) {
        Optional<CallSession> session = calls.get(ctx.pathParam("id"));
        if (session.isEmpty()) { Json.error(ctx, 404, "no such call"); return; }
        Json.send(ctx, 200, view(session.get()));
    }

    private void hangUp(RoutingContext ctx) {
        Optional<CallSession> session = calls.get(ctx.pathParam("id"));
        if (session.isEmpty()) { Json.error(ctx, 404, "no such call"); return; }
        Future.fromCompletionStage(session.get().hangUp(), vertx.getOrCreateContext())
                .onComplete(r -> Json.send(ctx, 200, view(session.get())));
    }

    static JsonObject view(CallSession session) {
        TurnResult r = session.result();
        Map<String, Object> record = session.record().asMap();
        JsonObject out = Json.turn(r).put("callId", session.identity().callId())
                .put("tenant", session.tenant().id())
                .put("transcript", new JsonObject(record).getJsonArray("turns"))
                .put("phases", new JsonObject(record).getJsonArray("phases"));
        out.remove("reply");
        return out;
    }
}
