package pizzeria.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import pizzeria.call.ActiveCalls;
import pizzeria.order.KitchenStatus;
import pizzeria.store.OrderStore;
import pizzeria.store.TenantStore;
import pizzeria.tenant.ConfigError;
import pizzeria.tenancy.Onboarding;
import pizzeria.tenant.Tenant;
import pizzeria.tenancy.TenantRegistry;

/** The operators' and owners' API: tenants, owner tokens, orders and call records. */
public final class AdminApi {
    private final Access access;
    private final TenantRegistry registry;
    private final Onboarding onboarding;
    private final TenantStore tenants;
    private final OrderStore orders;
    private final ActiveCalls calls;
    private final OrderStream stream;

    public AdminApi(String adminToken, TenantRegistry registry, Onboarding onboarding, TenantStore tenants, OrderStore orders,
                    ActiveCalls calls, AuthFailures failures) {
        this.calls = calls;
        this.access = new Access(adminToken, tenants, failures);
        this.registry = registry;
        this.onboarding = onboarding;
        this.tenants = tenants;
        this.orders = orders;
        this.stream = new OrderStream(orders);
    }

    /** Every order placed or changed goes out on this gateway's event bus, to the tenant's live streams. */
    public static void publishChanges(io.vertx.core.Vertx vertx, OrderStore orders) {
        orders.onChange((tenantId, order) -> vertx.eventBus().publish(OrderStream.address(tenantId), order));
    }

    /** The event-bus address a tenant's order changes go out on (the console's board relays them). */
    public static String ordersAddress(String tenantId) {
        return OrderStream.address(tenantId);
    }

    public void mount(Router router) {
        // Before any route under a tenant: an id that cannot be a tenant's is refused here, never reaches a query.
        router.route("/admin/tenants/:id").handler(AdminApi::validId);
        router.route("/admin/tenants/:id/*").handler(AdminApi::validId);
        // Ahead of the body handler (mounted first, on every route): a tenant's text sent as a form would be
        // decoded as one, and fail there with a plain 400 and a stack trace in the log.
        router.put("/admin/tenants/:id").order(-1).handler(AdminApi::yamlBody);
        router.get("/admin/tenants").handler(operator(this::list));
        router.put("/admin/tenants/:id").handler(this::put);
        router.get("/admin/tenants/:id").handler(scoped(this::show));
        router.delete("/admin/tenants/:id").handler(operator(this::delete));
        router.post("/admin/tenants/:id/tokens").handler(operator(this::token));
        router.get("/admin/tenants/:id/orders").handler(known(this::orders));
        router.get("/admin/tenants/:id/orders/stream").handler(scoped((ctx, who) -> {
            if (registry.byId(ctx.pathParam("id")).isEmpty()) Json.error(ctx, 404, "no such tenant");
            else stream.open(ctx);
        }));
        router.post("/admin/tenants/:id/orders/:orderId/status").handler(scoped(this::status));
        router.get("/admin/tenants/:id/calls").handler(scoped(this::calls));
        router.put("/admin/tenants/:id/availability").handler(scoped(this::setAvailability));
        router.get("/admin/tenants/:id/availability").handler(scoped(this::availability));
        router.get("/admin/tenants/:id/calls/:callId").handler(known(this::call));
        router.get("/admin/tenants/:id/costs").handler(scoped(this::costs));
    }

    private Handler<RoutingContext> operator(Handler<RoutingContext> then) {
        return access.signedIn((ctx, who) -> {
            if (!who.operator()) Json.error(ctx, 403, "only the operator may do this");
            else then.handle(ctx);
        });
    }

    private static final java.util.Set<String> YAML_TYPES = java.util.Set.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml");

    private static void yamlBody(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        String bare = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (YAML_TYPES.contains(bare)) { ctx.next(); return; }
        Json.error(ctx, 415, "send the tenant's file with the header Content-Type: application/yaml"
                + (type == null ? " (the request had none)" : " (the request said " + type + ")")
                + ", e.g. curl -XPUT -H 'Content-Type: application/yaml' --data-binary @tenant.yaml");
    }

    private static void validId(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        if (Tenant.isValidId(id)) ctx.next();
        else Json.error(ctx, 400, "'" + id + "' is not a tenant id (2 to 40 lower-case letters, digits or dashes)");
    }

    /**
     * Scoped to a tenant that exists: live here, or recorded (a disabled tenant's records stay readable). An
     * unknown one answers 404 and nothing is made for it (no schema).
     */
    private Handler<RoutingContext> known(BiConsumer<RoutingContext, Access.Who> then) {
        return scoped((ctx, who) -> {
            String id = ctx.pathParam("id");
            Future<Boolean> exists = registry.byId(id).isPresent() ? Future.succeededFuture(true) : tenants.exists(id);
            exists.onComplete(r -> {
                if (r.failed()) Json.error(ctx, 503, "the tenants could not be read from the database");
                else if (!r.result()) Json.error(ctx, 404, "no such tenant");
                else then.accept(ctx, who);
            });
        });
    }

    /** Owners see only their own tenant; any other answers 404 as if it did not exist. */
    private Handler<RoutingContext> scoped(BiConsumer<RoutingContext, Access.Who> then) {
        return access.scoped(then);
    }

    private void list(RoutingContext ctx) {
        tenantList().onComplete(r -> {
            if (r.failed()) { Json.error(ctx, 500, "could not list tenants"); return; }
            Json.send(ctx, 200, new JsonObject().put("tenants", Json.array(r.result())));
        });
    }

    /** Every tenant ever onboarded, enabled or not: id, enabled, version, phoneNumbers (for the API and the console). */
    public Future<List<JsonObject>> tenantList() {
        return onboarding.allRecorded().compose(v -> tenants.list());
    }

    private void put(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        scoped((c, who) -> {
            if (!who.operator() && registry.byId(id).isEmpty()) { Json.error(ctx, 404, "no such tenant"); return; }
            String yaml = ctx.body().asString();
            if (yaml == null || yaml.isBlank()) { Json.error(ctx, 400, "the body must be the tenant's YAML"); return; }
            uploadMenu(id, yaml).onComplete(r -> {
                        if (r.failed()) { Json.error(ctx, 500, "could not onboard: " + r.cause().getMessage()); return; }
                        if (r.result().taken() != null) { Json.send(ctx, 409, taken(r.result())); return; }
                        if (!r.result().ok()) { Json.send(ctx, 422, errors(r.result())); return; }
                        Tenant t = r.result().tenant();
                        Json.send(ctx, 200, new JsonObject().put("id", t.id()).put("version", t.version()));
                    });
        }).handle(ctx);
    }

    /** The console's upload: the same path as PUT /admin/tenants/{id} (the file kept once it is live). */
    public Future<Onboarding.Outcome> uploadMenu(String id, String yaml) {
        return onboarding.upload(yaml, id).compose(o -> o.ok() ? onboarding.keepFile(id, yaml).map(o) : Future.succeededFuture(o));
    }

    /** Another tenant has one of the numbers: which, whose, and the line of the file that claims it. */
    private static JsonObject taken(Onboarding.Outcome outcome) {
        return errors(outcome).put("error", outcome.taken().getMessage())
                .put("number", outcome.taken().number()).put("owner", outcome.taken().owner());
    }

    private static JsonObject errors(Onboarding.Outcome outcome) {
        JsonArray list = new JsonArray();
        for (ConfigError e : outcome.errors()) {
            list.add(new JsonObject().put("path", e.path()).put("line", e.line()).put("message", e.message()));
        }
        return new JsonObject().put("errors", list);
    }

    private void show(RoutingContext ctx, Access.Who who) {
        String id = ctx.pathParam("id");
        if (registry.byId(id).isEmpty()) { Json.error(ctx, 404, "no such tenant"); return; }
        // After a start the live version may still be being written: its text is read once it is.
        onboarding.recorded(id).onComplete(v -> {
            Optional<Tenant> t = registry.byId(id);
            if (t.isEmpty()) { Json.error(ctx, 404, "no such tenant"); return; }
            Tenant live = t.get();
            tenants.yaml(live.id(), live.version()).onComplete(yaml -> {
                if (yaml.failed() || yaml.result().isEmpty()) { Json.error(ctx, 503, "the tenant's file could not be read from the database"); return; }
                Json.send(ctx, 200, new JsonObject().put("id", live.id()).put("version", live.version())
                        .put("phoneNumbers", Json.array(live.phoneNumbers())).put("yaml", yaml.result().get()));
            });
        });
    }

    private void delete(RoutingContext ctx) {
        disable(ctx.pathParam("id")).onComplete(r -> send(ctx, r, "could not disable"));
    }

    /** Takes a tenant off the phone (operator only; the caller has checked): its data stays. */
    public Future<Answer> disable(String id) {
        if (registry.byId(id).isEmpty()) return Future.succeededFuture(Answer.error(404, "no such tenant"));
        return onboarding.disable(id).map(v -> new Answer(200, new JsonObject().put("id", id).put("enabled", false)));
    }

    private void token(RoutingContext ctx) {
        newOwnerToken(ctx.pathParam("id")).onComplete(r -> send(ctx, r, "could not create a token"));
    }

    /** A new owner token for a live tenant (operator only; the caller has checked), shown once. */
    public Future<Answer> newOwnerToken(String id) {
        if (registry.byId(id).isEmpty()) return Future.succeededFuture(Answer.error(404, "no such tenant"));
        return onboarding.recorded(id).compose(v -> tenants.createOwnerToken(id))
                .map(token -> new Answer(201, new JsonObject().put("token", token)));
    }

    /** The {@code since} query parameter (maybe absent); empty after answering 400 for a malformed one. */
    private static Optional<Optional<Instant>> since(RoutingContext ctx) {
        String s = ctx.queryParams().get("since");
        try {
            return Optional.of(s == null ? Optional.empty() : Optional.of(Instant.parse(s)));
        } catch (DateTimeParseException e) {
            Json.error(ctx, 400, "since must be an ISO-8601 instant like 2026-11-24T00:00:00Z");
            return Optional.empty();
        }
    }

    private void orders(RoutingContext ctx, Access.Who who) {
        Optional<Optional<Instant>> since = since(ctx);
        if (since.isEmpty()) return;
        orders.orders(ctx.pathParam("id"), since.get().orElse(null), ctx.queryParams().get("status")).onComplete(r -> {
            if (r.failed()) Json.error(ctx, 500, "could not read orders");
            else Json.send(ctx, 200, new JsonObject().put("orders", Json.array(r.result())));
        });
    }

    /** A reply of the shared admin logic, for the API's JSON and the console's pages alike. */
    public record Answer(int status, JsonObject body) {
        static Answer error(int status, String message) { return new Answer(status, new JsonObject().put("error", message)); }
        public boolean ok() { return status / 100 == 2; }
    }

    /**
     * Whose token this is: the operator's, an owner's (of one tenant), or nobody's. A miss counts as a failed
     * sign-in from {@code address}; too many of those fail the future with {@link AuthFailures.Throttled}.
     */
    public Future<Optional<Access.Who>> tokenHolder(String token, String address) {
        return access.signIn(token, address);
    }

    private static void send(RoutingContext ctx, io.vertx.core.AsyncResult<Answer> r, String failure) {
        if (r.failed()) Json.error(ctx, 500, failure);
        else Json.send(ctx, r.result().status(), r.result().body());
    }

    /** The kitchen moves a placed order on: 200 with the order, 409 for a step it cannot take, 404 for none such. */
    private void status(RoutingContext ctx, Access.Who who) {
        if (registry.byId(ctx.pathParam("id")).isEmpty()) { Json.error(ctx, 404, "no such tenant"); return; }
        JsonObject body = Bodies.json(ctx);
        if (body == null) return;
        changeStatus(ctx.pathParam("id"), ctx.pathParam("orderId"), body).onComplete(r -> send(ctx, r, "could not change the order"));
    }

    /** The status step itself, {"status", "reason"?}, for the API and the console (the caller has checked the scope). */
    public Future<Answer> changeStatus(String tenantId, String orderId, JsonObject body) {
        if (registry.byId(tenantId).isEmpty()) return Future.succeededFuture(Answer.error(404, "no such tenant"));
        Optional<KitchenStatus> to = KitchenStatus.of(body.getValue("status") instanceof String s ? s : "");
        if (to.isEmpty() || to.get() == KitchenStatus.PLACED) {
            return Future.succeededFuture(Answer.error(400, "status must be one of accepted, ready, out_for_delivery, completed, rejected"));
        }
        String reason = body.getValue("reason") instanceof String r ? r : null;
        return orders.changeStatus(tenantId, orderId, to.get(), reason, announce).map(r -> {
            if (r instanceof OrderStore.StatusChange.Changed c) return new Answer(200, c.order());
            if (r instanceof OrderStore.StatusChange.NotAllowed n) {
                return Answer.error(409, "an order that is " + n.from() + " cannot become " + to.get().wire());
            }
            return Answer.error(404, "no such order");
        });
    }

    /** What else a status change writes in its transaction (the webhooks announcing it); nothing by default. */
    private java.util.function.BiConsumer<io.vertx.sqlclient.SqlConnection, JsonObject> announce = (conn, order) -> { };

    public AdminApi announcingStatusWith(java.util.function.BiConsumer<io.vertx.sqlclient.SqlConnection, JsonObject> announce) {
        this.announce = announce;
        return this;
    }

    private pizzeria.store.AvailabilityStore soldOut;
    private java.time.Clock clock = java.time.Clock.systemUTC();

    public AdminApi soldOut(pizzeria.store.AvailabilityStore soldOut, java.time.Clock clock) {
        this.soldOut = soldOut;
        this.clock = clock;
        return this;
    }

    /**
     * The owner marks things sold out: {"unavailable": [...], "until": "close" (the default) | ISO time | null}.
     * Every id must be on the tenant's menu; calls in progress follow it from their next turn.
     */
    private void setAvailability(RoutingContext ctx, Access.Who who) {
        if (registry.byId(ctx.pathParam("id")).isEmpty()) { Json.error(ctx, 404, "no such tenant"); return; }
        JsonObject body = Bodies.json(ctx);
        if (body == null) return;
        markSoldOut(ctx.pathParam("id"), body).onComplete(r -> send(ctx, r, "could not store what is sold out"));
    }

    /** Sets what is sold out, for the API and the console (the caller has checked the scope). */
    public Future<Answer> markSoldOut(String tenantId, JsonObject body) {
        Optional<Tenant> tenant = registry.byId(tenantId);
        if (tenant.isEmpty()) return Future.succeededFuture(Answer.error(404, "no such tenant"));
        if (!(body.getValue("unavailable") instanceof JsonArray list) || list.stream().anyMatch(x -> !(x instanceof String))) {
            return Future.succeededFuture(Answer.error(400, "unavailable must be a list of item ids, topping:<id> or option:<group>/<option>"));
        }
        Instant until;
        Object u = body.containsKey("until") ? body.getValue("until") : "close";
        try {
            if (u == null) until = null;
            else if ("close".equals(u)) until = tenant.get().hours().closeAfter(java.time.ZonedDateTime.now(clock)
                    .withZoneSameInstant(tenant.get().timezone())).toInstant();
            else until = Instant.parse(String.valueOf(u));
        } catch (DateTimeParseException e) {
            return Future.succeededFuture(Answer.error(400, "until must be \"close\", an ISO-8601 instant, or null"));
        }
        pizzeria.order.Availability a;
        try {
            a = pizzeria.order.Availability.of(list.stream().map(String::valueOf).toList(), until);
        } catch (IllegalArgumentException e) {
            return Future.succeededFuture(Answer.error(400, e.getMessage()));
        }
        Optional<String> unknown = unknownIds(tenant.get(), a);
        if (unknown.isPresent()) return Future.succeededFuture(Answer.error(422, "'" + unknown.get() + "' is not on this tenant's menu"));
        return soldOut.set(tenant.get().id(), a).map(v -> new Answer(200, availabilityJson(a.at(clock.instant()))));
    }

    /** What is sold out now. */
    public pizzeria.order.Availability soldOutNow(String tenantId) {
        return soldOut.current(tenantId, clock.instant());
    }

    private void availability(RoutingContext ctx, Access.Who who) {
        if (registry.byId(ctx.pathParam("id")).isEmpty()) { Json.error(ctx, 404, "no such tenant"); return; }
        Json.send(ctx, 200, availabilityJson(soldOut.current(ctx.pathParam("id"), clock.instant())));
    }

    private static JsonObject availabilityJson(pizzeria.order.Availability a) {
        return new JsonObject().put("unavailable", new JsonArray(a.asList()))
                .put("until", a.until() == null || a.isEmpty() ? null : a.until().toString());
    }

    /** A name the menu lacks: an item id, or a topping or option its plugins do not offer (a typo would hold nothing back). */
    private static Optional<String> unknownIds(Tenant tenant, pizzeria.order.Availability a) {
        java.util.Set<String> parts = tenant.menu().soldOutChoices().keySet();
        return a.asList().stream().filter(n -> n.contains(":") ? !parts.contains(n) : tenant.menu().item(n).isEmpty()).findFirst();
    }

    private void calls(RoutingContext ctx, Access.Who who) {
        if (registry.byId(ctx.pathParam("id")).isEmpty()) { Json.error(ctx, 404, "no such tenant"); return; }
        Optional<Optional<Instant>> since = since(ctx);
        if (since.isEmpty()) return;
        String outcome = ctx.queryParams().get("outcome");
        if (outcome != null && !java.util.List.of("placed", "transferred", "hung_up", "cancelled", "closed").contains(outcome)) {
            Json.error(ctx, 400, "outcome must be one of placed, transferred, hung_up, cancelled");
            return;
        }
        orders.calls(ctx.pathParam("id"), since.get().orElse(null), outcome).onComplete(r -> {
            if (r.failed()) Json.error(ctx, 500, "could not read calls");
            else Json.send(ctx, 200, new JsonObject().put("calls", Json.array(r.result())));
        });
    }

    private void costs(RoutingContext ctx, Access.Who who) {
        if (registry.byId(ctx.pathParam("id")).isEmpty()) { Json.error(ctx, 404, "no such tenant"); return; }
        orders.costs(ctx.pathParam("id")).onComplete(r -> {
            if (r.failed()) Json.error(ctx, 500, "could not sum the costs");
            else Json.send(ctx, 200, r.result());
        });
    }

    /** A call that has just ended may still be writing its record: that write is waited for, then read. */
    private void call(RoutingContext ctx, Access.Who who) {
        String tenantId = ctx.pathParam("id");
        String callId = ctx.pathParam("callId");
        Future<Void> written = calls.get(callId).filter(c -> c.tenant().id().equals(tenantId))
                .map(c -> Future.fromCompletionStage(c.recordsWritten())).orElse(Future.succeededFuture());
        written.compose(v -> orders.call(tenantId, callId)).onComplete(r -> {
            if (r.failed()) Json.error(ctx, 500, "could not read the call");
            else if (r.result().isEmpty()) Json.error(ctx, 404, "no such call");
            else Json.send(ctx, 200, r.result().get());
        });
    }
}
