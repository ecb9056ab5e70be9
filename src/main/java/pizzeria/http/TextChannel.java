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
    private final Vertx vertx;
    private final TenantRegistry registry;
    private final CallStarter starter;
    private final ActiveCalls calls;
    private final boolean allowTestClock;

    public TextChannel(Vertx vertx, TenantRegistry registry, CallStarter starter, ActiveCalls calls, boolean allowTestClock) {
        this.vertx = vertx;
        this.registry = registry;
        this.starter = starter;
        this.calls = calls;
        this.allowTestClock = allowTestClock;
    }

    public void mount(Router router) {
        router.post("/v1/calls").handler(this::start);
        router.post("/v1/calls/:id/turns").handler(this::turn);
        router.get("/v1/calls/:id").handler(this::show);
        router.delete("/v1/calls/:id").handler(this::hangUp);
    }

    private void start(RoutingContext ctx) {
        JsonObject body = Bodies.json(ctx);
        if (body == null) return;
        String to = body.getString("to");
        Optional<Tenant> tenant = to == null ? Optional.empty() : registry.byNumber(to);
        if (tenant.isEmpty()) { Json.error(ctx, 404, "no restaurant answers " + to); return; }
        Optional<ZonedDateTime> clock = testClock(ctx, tenant.get());
        if (clock == null) return;
        CallSession session = starter.start(tenant.get(), "text", null, body.getString("from"), to,
                clock.orElseGet(() -> starter.localNow(tenant.get())));
        Future.fromCompletionStage(session.open(), vertx.getOrCreateContext()).onComplete(r -> {
            if (r.failed()) { Json.error(ctx, 500, "could not start the call"); return; }
            TurnResult t = r.result();
            Json.send(ctx, 201, new JsonObject().put("callId", session.identity().callId())
                    .put("tenant", tenant.get().id()).put("reply", t.reply()).put("phase", t.phase())
                    .put("ended", t.ended()));
        });
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
        String text = body.getString("text");
        if (text == null || text.isBlank()) { Json.error(ctx, 400, "text is required"); return; }
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
