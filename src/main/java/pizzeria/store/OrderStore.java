package pizzeria.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import pizzeria.call.Receipt;
import pizzeria.order.KitchenStatus;
import pizzeria.tenant.Tenant;

/** A tenant's orders and call records, in its own schema (each operation waits until that schema is ready). */
public final class OrderStore {
    private final Pool pool;
    private final Database database;
    private final List<BiConsumer<String, JsonObject>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public OrderStore(Database database) {
        this.pool = database.pool();
        this.database = database;
    }

    /**
     * Commits an order and its lines, nothing else: the one write a caller waits for when placing an order
     * (the call's record follows it, see {@link #saveCall}).
     */
    public Future<Void> saveOrder(String tenantId, JsonObject order) {
        return saveOrder(tenantId, order, null);
    }

    /** The same, with the caller's text receipt (null: none) queued in the outbox in that transaction. */
    public Future<Void> saveOrder(String tenantId, JsonObject order, Receipt receipt) {
        return saveOrder(tenantId, order, receipt, null);
    }

    /**
     * The same, refused by the database itself if its COMMIT would come after {@code deadline} (null: none): the
     * caller is told it failed at that moment, and a commit arriving later must not place it. A commit that
     * lands anyway (the server stopped between the check and its COMMIT) is undone by the call's next record,
     * which writes the order back as open and withdraws its announcements (see {@link #orderStatements}).
     */
    public Future<Void> saveOrder(String tenantId, JsonObject order, Receipt receipt, Instant deadline) {
        String schema = Tenant.schemaOf(tenantId);
        JsonObject stored = withHistory(order);
        return transaction(tenantId, (conn, steps) -> {
            orderStatements(conn, schema, stored, receipt, steps);
            if (deadline != null) steps.add(conn.preparedQuery("SELECT gateway.refuse_after($1)").execute(Tuple.of(deadline.atOffset(ZoneOffset.UTC))));
        }).onSuccess(v -> {
            // The board hears of it only if the caller does: after the deadline the caller was told it failed.
            boolean inTime = deadline == null || !Instant.now().isAfter(deadline);
            if ("placed".equals(stored.getString("status")) && inTime) changed(tenantId, stored);
        });
    }

    /** Told of every order placed or changed in the kitchen, after its commit (the live board's stream). */
    public void onChange(BiConsumer<String, JsonObject> listener) {
        listeners.add(listener);
    }

    private void changed(String tenantId, JsonObject order) {
        listeners.forEach(l -> l.accept(tenantId, order));
    }

    /** A placed order starts its status history. */
    private static JsonObject withHistory(JsonObject order) {
        if (!"placed".equals(order.getString("status")) || order.containsKey("statusHistory")) return order;
        return order.copy().put("statusHistory", new JsonArray().add(new JsonObject().put("status", "placed")
                .put("at", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString())));
    }

    /** What a status change came to: the order as changed, none such, or a step the order cannot take. */
    public sealed interface StatusChange {
        record Changed(JsonObject order) implements StatusChange { }
        record NoSuchOrder() implements StatusChange { }
        record NotAllowed(String from) implements StatusChange { }
    }

    /**
     * Moves a placed order on in the kitchen, in one transaction holding the row: the step is checked against
     * the order as stored, its history grows, and {@code alsoInTransaction} may add writes that announce it.
     */
    public Future<StatusChange> changeStatus(String tenantId, String orderId, KitchenStatus to, String reason,
                                             BiConsumer<SqlConnection, JsonObject> alsoInTransaction) {
        String schema = Tenant.schemaOf(tenantId);
        return database.schemaReady(tenantId).compose(ready -> pool.withTransaction(conn ->
                conn.preparedQuery("SELECT doc FROM " + schema + ".orders WHERE order_id = $1 FOR UPDATE").execute(Tuple.of(orderId))
                        .compose(rows -> {
                            if (!rows.iterator().hasNext()) return Future.succeededFuture((StatusChange) new StatusChange.NoSuchOrder());
                            JsonObject doc = (JsonObject) rows.iterator().next().getJson(0);
                            String fromWire = doc.getString("status");
                            Optional<KitchenStatus> from = KitchenStatus.of(fromWire);
                            JsonObject fulfillment = doc.getJsonObject("fulfillment", new JsonObject());
                            boolean delivery = "delivery".equals(fulfillment.getString("type"));
                            if (from.isEmpty() || !from.get().mayBecome(to, delivery)) {
                                return Future.succeededFuture((StatusChange) new StatusChange.NotAllowed(fromWire));
                            }
                            JsonObject step = new JsonObject().put("status", to.wire())
                                    .put("at", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
                            if (reason != null) step.put("reason", reason);
                            JsonObject changed = doc.copy().put("status", to.wire())
                                    .put("statusHistory", doc.getJsonArray("statusHistory", new JsonArray()).copy().add(step));
                            if (to == KitchenStatus.REJECTED && reason != null) changed.put("rejectReason", reason);
                            return conn.preparedQuery("UPDATE " + schema + ".orders SET status = $2, doc = $3 WHERE order_id = $1")
                                    .execute(values(orderId, to.wire(), changed))
                                    .compose(v -> {
                                        // announced to the webhooks in the same transaction: never one without the other
                                        List<Future<?>> steps = new ArrayList<>();
                                        Outbox.statusChanged(conn, schema, changed, steps);
                                        alsoInTransaction.accept(conn, changed);
                                        return Future.join(steps).map(j -> (StatusChange) new StatusChange.Changed(changed));
                                    });
                        })))
                .onSuccess(c -> { if (c instanceof StatusChange.Changed ch) changed(tenantId, ch.order()); });
    }

    /** One order as stored, if the tenant has it. */
    public Future<Optional<JsonObject>> order(String tenantId, String orderId) {
        String schema = Tenant.schemaOf(tenantId);
        return database.schemaReady(tenantId).compose(ready -> pool.preparedQuery("SELECT doc FROM " + schema
                        + ".orders WHERE order_id = $1").execute(Tuple.of(orderId))
                .map(rows -> rows.iterator().hasNext() ? Optional.of((JsonObject) rows.iterator().next().getJson(0)) : Optional.<JsonObject>empty()));
    }

    /** Orders placed after the given one, oldest first: what a reconnecting board missed. */
    public Future<List<JsonObject>> placedAfter(String tenantId, String orderId) {
        String schema = Tenant.schemaOf(tenantId);
        return database.schemaReady(tenantId).compose(ready -> pool.preparedQuery("SELECT doc FROM " + schema + ".orders o"
                        + " WHERE o.placed_at IS NOT NULL AND (o.created_at, o.order_id) > (SELECT created_at, order_id FROM "
                        + schema + ".orders WHERE order_id = $1) ORDER BY o.created_at, o.order_id")
                .execute(Tuple.of(orderId))
                .map(rows -> {
                    List<JsonObject> out = new ArrayList<>();
                    for (Row r : rows) out.add((JsonObject) r.getJson(0));
                    return out;
                }));
    }

    /** The calls, newest first: id, from, started, duration, outcome, order, cost total. */
    public Future<List<JsonObject>> calls(String tenantId, Instant since, String outcome) {
        String schema = Tenant.schemaOf(tenantId);
        return database.schemaReady(tenantId).compose(ready -> pool.preparedQuery("SELECT call_id, caller, started_at, ended_at, outcome,"
                        + " order_id, (cost->>'total')::float8 FROM " + schema + ".calls WHERE ($1::text IS NULL OR outcome = $1)"
                        + " AND ($2::timestamptz IS NULL OR started_at >= $2) ORDER BY started_at DESC, call_id DESC")
                .execute(values(outcome, since == null ? null : since.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    List<JsonObject> out = new ArrayList<>();
                    for (Row r : rows) {
                        OffsetDateTime started = r.getOffsetDateTime(2);
                        OffsetDateTime ended = r.getOffsetDateTime(3);
                        out.add(new JsonObject().put("id", r.getString(0)).put("from", r.getString(1))
                                .put("started", started.toInstant().toString())
                                .put("durationSeconds", ended == null ? null : java.time.Duration.between(started, ended).toSeconds())
                                .put("outcome", r.getString(4)).put("orderId", r.getString(5)).put("costTotal", r.getDouble(6)));
                    }
                    return out;
                }));
    }

    /** Writes a call with its order (if any), lines and turns in one transaction: all of it or none. */
    public Future<Void> saveCall(String tenantId, JsonObject call) {
        String schema = Tenant.schemaOf(tenantId);
        JsonObject order = call.getJsonObject("order") == null ? null : withHistory(call.getJsonObject("order"));
        return transaction(tenantId, (conn, steps) -> callStatements(conn, schema, call, order, steps));
    }

    /** The caller is waiting on this when an order is placed: one round trip to the database. */
    private Future<Void> transaction(String tenantId, BiConsumer<SqlConnection, List<Future<?>>> statements) {
        return database.schemaReady(tenantId).compose(ready -> Pipelined.transaction(pool, statements));
    }

    private static void callStatements(SqlConnection conn, String schema, JsonObject call, JsonObject order, List<Future<?>> steps) {
        if (order != null) orderStatements(conn, schema, order, null, steps);
        steps.add(conn.preparedQuery("INSERT INTO " + schema + ".calls (call_id, order_id, channel, caller, dialed,"
                        + " tenant_version, started_at, ended_at, outcome, transfer_to, phases, cost, doc)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (call_id) DO UPDATE SET"
                        + " order_id = $2, ended_at = $8, outcome = $9, transfer_to = $10, phases = $11, cost = $12, doc = $13")
                .execute(values(call.getString("callId"), order == null ? null : order.getString("orderId"),
                        call.getString("channel"), call.getString("from"), call.getString("to"),
                        call.getInteger("tenantVersion"), time(call.getString("startedAt")), call.getString("endedAt") == null ? null : time(call.getString("endedAt")),
                        call.getString("outcome"), call.getString("transferTo"),
                        call.getJsonArray("phases", new JsonArray()), call.getJsonObject("cost"), call)));
        steps.add(conn.preparedQuery("DELETE FROM " + schema + ".call_turns WHERE call_id = $1").execute(Tuple.of(call.getString("callId"))));
        List<Tuple> turns = turnRows(call);
        if (!turns.isEmpty()) {
            steps.add(conn.preparedQuery("INSERT INTO " + schema + ".call_turns (call_id, seq, speaker, text, phase, at, latency, understood_by)"
                    + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)").executeBatch(turns));
        }
    }

    private static void orderStatements(SqlConnection conn, String schema, JsonObject o, Receipt receipt, List<Future<?>> steps) {
        boolean placed = "placed".equals(o.getString("status"));
        // Before the order's row: the outbox asks whether it was placed already (then it announces nothing).
        if (placed) Outbox.placed(conn, schema, o, receipt, steps);
        // An order written as not placed was never placed as far as its caller knows (a commit past its deadline
        // that landed anyway): what would have announced it, and is not sent yet, is withdrawn.
        else Outbox.withdrawPlaced(conn, schema, o.getString("orderId"), steps);
        steps.add(conn.preparedQuery("INSERT INTO " + schema + ".orders (order_id, status, customer_name, caller_phone, fulfillment,"
                        + " subtotal_cents, discount_cents, delivery_fee_cents, tax_cents, total_cents, doc, placed_at)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $12 THEN now() END)"
                        + " ON CONFLICT (order_id) DO UPDATE SET status = $2, customer_name = $3, fulfillment = $5, subtotal_cents = $6,"
                        + " discount_cents = $7, delivery_fee_cents = $8, tax_cents = $9, total_cents = $10,"
                        + " doc = CASE WHEN $12 AND " + schema + ".orders.doc ? 'statusHistory' THEN jsonb_set($11, '{statusHistory}', "
                        + schema + ".orders.doc->'statusHistory') ELSE $11 END,"
                        + " placed_at = CASE WHEN $12 THEN coalesce(" + schema + ".orders.placed_at, now()) END"
                        // the kitchen's word on an order wins over the call's record of it, written again later
                        + " WHERE " + schema + ".orders.status NOT IN ('accepted', 'ready', 'out_for_delivery', 'completed', 'rejected')")
                .execute(values(o.getString("orderId"), o.getString("status"), o.getString("customerName"),
                        o.getString("callerPhone"), o.getJsonObject("fulfillment"), o.getInteger("subtotalCents"),
                        o.getInteger("discountCents"), o.getInteger("deliveryFeeCents"), o.getInteger("taxCents"),
                        o.getInteger("totalCents"), o, placed)));
        steps.add(conn.preparedQuery("DELETE FROM " + schema + ".order_lines WHERE order_id = $1").execute(Tuple.of(o.getString("orderId"))));
        List<Tuple> lines = new ArrayList<>();
        for (Object x : o.getJsonArray("items", new JsonArray())) {
            JsonObject l = (JsonObject) x;
            lines.add(values(o.getString("orderId"), l.getInteger("lineId"), l.getString("itemId"), l.getString("name"),
                    l.getString("size"), l.getInteger("quantity"), l.getJsonObject("options", new JsonObject()),
                    l.getInteger("unitPriceCents"), l.getInteger("lineTotalCents")));
        }
        if (!lines.isEmpty()) {
            steps.add(conn.preparedQuery("INSERT INTO " + schema + ".order_lines (order_id, line_id, item_id, name, size, quantity,"
                    + " options, unit_price_cents, line_total_cents) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)").executeBatch(lines));
        }
    }

    private static List<Tuple> turnRows(JsonObject call) {
        List<Tuple> rows = new ArrayList<>();
        for (Object x : call.getJsonArray("turns", new JsonArray())) {
            JsonObject t = (JsonObject) x;
            rows.add(values(call.getString("callId"), t.getInteger("seq"), t.getString("speaker"), t.getString("text"),
                    t.getString("phase"), time(t.getString("at")), t.getJsonObject("latency"),
                    t.getString("understoodBy")));
        }
        return rows;
    }

    /** Orders newest first, optionally only those of one status or since a moment. */
    public Future<List<JsonObject>> orders(String tenantId, Instant since, String status) {
        String schema = Tenant.schemaOf(tenantId);
        return database.schemaReady(tenantId).compose(ready -> pool.preparedQuery("SELECT doc FROM " + schema + ".orders WHERE ($1::text IS NULL OR status = $1)"
                        + " AND ($2::timestamptz IS NULL OR created_at >= $2) ORDER BY created_at DESC, order_id DESC")
                .execute(values(status, since == null ? null : since.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    List<JsonObject> out = new ArrayList<>();
                    for (Row r : rows) out.add((JsonObject) r.getJson(0));
                    return out;
                }));
    }

    /** What a tenant's calls cost, summed by provider, from the cost stored with each call. */
    public Future<JsonObject> costs(String tenantId) {
        String providers = String.join(", ", java.util.stream.Stream.of("telephony", "stt", "llm", "tts", "total")
                .map(p -> "coalesce(sum((cost->>'" + p + "')::numeric), 0)").toList());
        return database.schemaReady(tenantId).compose(ready -> pool.query("SELECT count(*), " + providers + " FROM " + Tenant.schemaOf(tenantId) + ".calls WHERE cost IS NOT NULL")
                .execute().map(rows -> {
                    Row r = rows.iterator().next();
                    JsonObject out = new JsonObject().put("calls", r.getLong(0));
                    String[] names = {"telephony", "stt", "llm", "tts", "total"};
                    for (int i = 0; i < names.length; i++) out.put(names[i], r.getNumeric(i + 1).doubleValue());
                    return out;
                }));
    }

    public Future<Optional<JsonObject>> call(String tenantId, String callId) {
        return database.schemaReady(tenantId).compose(ready -> pool.preparedQuery("SELECT doc FROM " + Tenant.schemaOf(tenantId) + ".calls WHERE call_id = $1")
                .execute(Tuple.of(callId))
                .map(rows -> rows.iterator().hasNext() ? Optional.of((JsonObject) rows.iterator().next().getJson(0)) : Optional.empty()));
    }

    /** A tuple that, unlike Tuple.of, takes nulls. */
    private static Tuple values(Object... values) {
        Tuple t = Tuple.tuple();
        for (Object v : values) t.addValue(v);
        return t;
    }

    private static OffsetDateTime time(String iso) {
        return OffsetDateTime.parse(iso);
    }
}
