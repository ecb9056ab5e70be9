package pizzeria.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import pizzeria.call.Receipt;

/**
 * The outbox in each tenant's schema: messages (webhook calls, text receipts) written in the same transaction
 * as the order they announce, then sent by a worker that claims them, records every attempt and marks one
 * done only after a 2xx. Every write that queues messages also notifies channel {@value #CHANNEL} with the
 * schema, on commit, so the worker of every gateway on this database looks there at once.
 */
public final class Outbox {
    public static final String CHANNEL = "outbox";
    static final String PLACED = "order.placed";
    static final String STATUS_CHANGED = "order.status_changed";
    private static final int SCHEMAS_PER_QUERY = 200;

    /** One message claimed for sending: for a webhook its url and secret, for a text its form fields in the body. */
    public record Message(String schema, String id, String kind, String url, String secret, String target, String body, int attempts) { }

    private final Database database;
    private final Pool pool;

    public Outbox(Database database) {
        this.database = database;
        this.pool = database.pool();
    }

    /**
     * Adds to a transaction one {@code order.status_changed} message per registered webhook (for the route
     * that changes an order's status: call it with the statements that write the new status).
     */
    public static void statusChanged(SqlConnection conn, String schema, JsonObject order, List<Future<?>> steps) {
        webhooks(conn, schema, STATUS_CHANGED, order, false, steps);
        notify(conn, schema, steps);
    }

    /**
     * Adds to the transaction that writes an order as placed its {@code order.placed} messages, and the text
     * receipt if one is due. Added before the order's own row is written: only an order not placed before
     * gets them, so the second write of a placed order (the call's record) announces nothing again; the
     * unique event key holds that even for two writes at once.
     */
    static void placed(SqlConnection conn, String schema, JsonObject order, Receipt receipt, List<Future<?>> steps) {
        webhooks(conn, schema, PLACED, order, true, steps);
        if (receipt != null) {
            JsonObject form = new JsonObject().put("From", receipt.from()).put("To", receipt.to()).put("Body", receipt.text());
            steps.add(conn.preparedQuery("INSERT INTO " + schema + ".outbox (id, kind, target, body, event_key)"
                            + " SELECT $1, 'sms', $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM " + schema + ".orders o"
                            + " WHERE o.order_id = $5 AND o.placed_at IS NOT NULL) ON CONFLICT (event_key) DO NOTHING")
                    .execute(Tuple.of(newId(), receipt.to(), form.encode(), "sms.receipt:" + order.getString("orderId"),
                            order.getString("orderId"))));
        }
        notify(conn, schema, steps);
    }

    /** Takes back an order's {@code order.placed} messages and text receipt not sent yet: the order is not placed after all. */
    static void withdrawPlaced(SqlConnection conn, String schema, String orderId, List<Future<?>> steps) {
        steps.add(conn.preparedQuery("DELETE FROM " + schema + ".outbox WHERE state = 'pending' AND attempts = 0 AND (event_key = $1"
                        + " OR event_key IN (SELECT $2 || w.id FROM " + schema + ".webhooks w))")
                .execute(Tuple.of("sms.receipt:" + orderId, PLACED + ":" + orderId + ":")));
    }

    private static void webhooks(SqlConnection conn, String schema, String type, JsonObject order, boolean firstTimeOnly,
                                 List<Future<?>> steps) {
        // The body is fixed here, once: every retry sends the same bytes under the same webhook-id.
        String body = new JsonObject().put("type", type).put("timestamp", Instant.now().toString()).put("data", order).encode();
        String key = firstTimeOnly ? type + ":" + order.getString("orderId") + ":" : null;
        steps.add(conn.preparedQuery("INSERT INTO " + schema + ".outbox (id, kind, webhook_id, target, body, event_key)"
                        + " SELECT 'msg_' || replace(gen_random_uuid()::text, '-', ''), 'webhook', w.id, w.id, $1, $2::text || w.id"
                        + " FROM " + schema + ".webhooks w WHERE NOT $3::boolean OR NOT EXISTS (SELECT 1 FROM " + schema + ".orders o"
                        + " WHERE o.order_id = $4 AND o.placed_at IS NOT NULL) ON CONFLICT (event_key) DO NOTHING")
                .execute(Tuple.of(body, key, firstTimeOnly, order.getString("orderId"))));
    }

    private static void notify(SqlConnection conn, String schema, List<Future<?>> steps) {
        steps.add(conn.preparedQuery("SELECT pg_notify('" + CHANNEL + "', $1)").execute(Tuple.of(schema)));
    }

    static String newId() {
        return "msg_" + com.github.f4b6a3.ulid.UlidCreator.getMonotonicUlid().toString();
    }

    /** Told the schema of every commit that queued messages, on any gateway; resubscribes after a lost connection. */
    public Future<PgSubscriber> subscribe(Vertx vertx, Consumer<String> schemaWritten, Runnable reconnected) {
        PgSubscriber subscriber = PgSubscriber.subscriber(vertx, database.connectOptions())
                .reconnectPolicy(retries -> 1000L);
        subscriber.channel(CHANNEL).handler(schemaWritten::accept).subscribeHandler(v -> reconnected.run());
        return subscriber.connect().map(subscriber);
    }

    /**
     * The tenant schemas with messages pending (what a stopped gateway left, or a notification missed): asked
     * of a few hundred schemas per query, so a start with ten thousand tenants sends tens of queries, not
     * ten thousand, and the pool stays free for the calls.
     */
    public Future<List<String>> pendingSchemas() {
        // the tenant schemas that have the outbox (tenant migration 3); the shared schema has a version 3 of its own
        return pool.query("SELECT schema_name FROM gateway.schema_version WHERE version = 3 AND schema_name <> 'gateway'"
                        + " ORDER BY schema_name").execute()
                .compose(rows -> {
                    List<String> all = new ArrayList<>();
                    for (Row r : rows) all.add(r.getString(0));
                    List<String> pending = new ArrayList<>();
                    Future<Void> chain = Future.succeededFuture();
                    for (int from = 0; from < all.size(); from += SCHEMAS_PER_QUERY) {
                        List<String> some = all.subList(from, Math.min(all.size(), from + SCHEMAS_PER_QUERY));
                        chain = chain.compose(v -> pool.query(String.join(" UNION ALL ", some.stream().map(schema -> {
                            checkSchema(schema);
                            return "(SELECT '" + schema + "' WHERE EXISTS (SELECT 1 FROM " + schema + ".outbox WHERE state = 'pending'))";
                        }).toList())).execute().map(found -> {
                            for (Row r : found) pending.add(r.getString(0));
                            return (Void) null;
                        }));
                    }
                    return chain.map(pending);
                });
    }

    /**
     * Claims up to {@code limit} due messages for {@code leaseSeconds}: their next attempt is moved past the
     * lease, so no other gateway (SKIP LOCKED: none waits either) nor a later pass takes them meanwhile. A
     * gateway that dies while sending leaves them to be tried again when the lease is over.
     */
    public Future<List<Message>> claim(String schema, int limit, double leaseSeconds) {
        checkSchema(schema);
        return pool.preparedQuery("WITH claimed AS (UPDATE " + schema + ".outbox SET next_attempt_at = now() + make_interval(secs => $1)"
                        + " WHERE id IN (SELECT id FROM " + schema + ".outbox WHERE state = 'pending' AND next_attempt_at <= now()"
                        + " ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)"
                        + " RETURNING id, kind, webhook_id, target, body, attempts)"
                        + " SELECT c.id, c.kind, w.url, w.secret, c.target, c.body, c.attempts FROM claimed c"
                        + " LEFT JOIN " + schema + ".webhooks w ON w.id = c.webhook_id")
                .execute(Tuple.of(leaseSeconds, limit)).map(rows -> {
                    List<Message> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(new Message(schema, r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                                r.getString(4), r.getString(5), r.getInteger(6)));
                    }
                    return out;
                });
    }

    /**
     * Records one attempt and what follows from it, together: done on a 2xx; otherwise the next attempt after
     * {@code retryInSeconds}, or failed when that would fall past 24 hours from the message's creation.
     *
     * @param status the answer's status code, null when none came (then {@code error} says why)
     */
    public Future<Void> attempted(Message m, Integer status, String error, boolean ok, double retryInSeconds) {
        String schema = m.schema();
        checkSchema(schema);
        int attempt = m.attempts() + 1;
        return Pipelined.transaction(pool, (conn, steps) -> {
            steps.add(conn.preparedQuery("INSERT INTO " + schema + ".deliveries (message_id, attempt, status_code, error) VALUES ($1, $2, $3, $4)")
                    .execute(Tuple.of(m.id(), attempt, status, error)));
            steps.add(conn.preparedQuery("UPDATE " + schema + ".outbox SET attempts = $2,"
                            + " state = CASE WHEN $3::boolean THEN 'done' WHEN now() + make_interval(secs => $4) > created_at + interval '24 hours'"
                            + " THEN 'failed' ELSE 'pending' END, done_at = CASE WHEN $3::boolean THEN now() END,"
                            + " next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1")
                    .execute(Tuple.of(m.id(), attempt, ok, retryInSeconds)));
        });
    }

    /** Milliseconds until the schema's next pending message is due (zero or less: due now), or null when none is pending. */
    public Future<Long> nextDueInMillis(String schema) {
        checkSchema(schema);
        return pool.query("SELECT (extract(epoch FROM min(next_attempt_at) - clock_timestamp()) * 1000)::bigint FROM " + schema
                        + ".outbox WHERE state = 'pending'").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** The schema names come from the database's notifications too: only a tenant schema's name goes into SQL. */
    private static void checkSchema(String schema) {
        if (!schema.matches("t_[a-z0-9_]{2,40}")) throw new IllegalArgumentException("not a tenant schema: " + schema);
    }
}
