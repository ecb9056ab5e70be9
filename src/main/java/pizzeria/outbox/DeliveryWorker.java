package pizzeria.outbox;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import pizzeria.store.Outbox;

/**
 * Sends what the outbox holds: webhooks (signed as Standard Webhooks do) and text receipts (Twilio's Messages
 * API). All of it runs on this verticle's event loop and nothing blocks: the database tells it which tenant
 * has new messages (LISTEN), each tenant's next retry is a timer, and a start looks into every tenant once
 * for what a stopped gateway left. A message is marked done only after a 2xx; anything else is tried again
 * after the base delay, doubling, for 24 hours.
 */
public final class DeliveryWorker extends VerticleBase {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
    /** Messages claimed by one pass over a tenant; a full batch is followed at once by another pass. */
    private static final int BATCH = 32;
    private static final int SEND_TIMEOUT_MS = 10_000;
    /** Longer than a send may take, so a message is never claimed again while it is still being sent. */
    private static final double LEASE_SECONDS = 60;
    /** Also looked into every tenant now and then, in case a notification was missed while not listening. */
    private static final long SWEEP_MS = 5 * 60_000;
    private static final double DAY_SECONDS = 86_400;

    /** Twilio's REST API, for text receipts. */
    public record Twilio(String apiUrl, String accountSid, String authToken) { }

    /** One tenant's schema: at most one pass at a time; a wake-up during a pass means one more pass after it. */
    private static final class Lane {
        boolean running;
        boolean again;
        long timer = -1;
    }

    private final Outbox outbox;
    private final long retryBaseMillis;
    private final Twilio twilio;
    private final Map<String, Lane> lanes = new HashMap<>();
    private final List<Promise<Void>> idle = new ArrayList<>();
    private WebClient client;
    private PgSubscriber subscriber;
    private long sweep = -1;
    private boolean stopping;

    public DeliveryWorker(Outbox outbox, long retryBaseMillis, Twilio twilio) {
        this.outbox = outbox;
        this.retryBaseMillis = retryBaseMillis;
        this.twilio = twilio;
    }

    @Override
    public Future<?> start() {
        client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false).setConnectTimeout(SEND_TIMEOUT_MS)
                .setUserAgent("pizzeria-gateway-webhooks"));
        return outbox.subscribe(vertx, schema -> context.runOnContext(v -> wake(schema)), () -> context.runOnContext(v -> sweep()))
                .onSuccess(s -> {
                    subscriber = s;
                    sweep = vertx.setPeriodic(SWEEP_MS, t -> sweep());
                });
    }

    /** Stops looking for work and waits for the passes under way (so nothing is sent without being recorded). */
    @Override
    public Future<?> stop() {
        stopping = true;
        if (sweep >= 0) vertx.cancelTimer(sweep);
        lanes.values().forEach(l -> { if (l.timer >= 0) vertx.cancelTimer(l.timer); });
        Promise<Void> done = Promise.promise();
        if (lanes.values().stream().noneMatch(l -> l.running)) done.complete();
        else idle.add(done);
        return done.future().onComplete(v -> {
            if (subscriber != null) subscriber.close();
            client.close();
        });
    }

    private void sweep() {
        if (stopping) return;
        outbox.pendingSchemas().onSuccess(pending -> pending.forEach(this::wake))
                .onFailure(e -> LOG.warning("outbox: could not list the tenants' schemas: " + e.getMessage()));
    }

    private void wake(String schema) {
        if (stopping) return;
        Lane lane = lanes.computeIfAbsent(schema, s -> new Lane());
        if (lane.running) { lane.again = true; return; }
        if (lane.timer >= 0) { vertx.cancelTimer(lane.timer); lane.timer = -1; }
        lane.running = true;
        pass(schema).onComplete(r -> {
            if (r.failed()) LOG.warning("outbox of " + schema + ": " + r.cause().getMessage());
            lane.running = false;
            boolean full = r.succeeded() && r.result() == BATCH;
            if (stopping) {
                if (lanes.values().stream().noneMatch(l -> l.running)) idle.forEach(Promise::tryComplete);
            } else if (lane.again || full) {
                lane.again = false;
                wake(schema);
            } else {
                scheduleNext(schema, lane);
            }
        });
    }

    /** The next retry of this tenant, as a timer; a tenant with nothing pending is forgotten until woken. */
    private void scheduleNext(String schema, Lane lane) {
        outbox.nextDueInMillis(schema).onComplete(r -> {
            if (stopping || lane.running) return;
            if (r.failed()) {
                // The database was not reachable: look again after a while rather than never.
                lane.timer = vertx.setTimer(Math.max(1000, retryBaseMillis), t -> { lane.timer = -1; wake(schema); });
            } else if (r.result() == null) {
                lanes.remove(schema);
            } else {
                if (lane.timer >= 0) vertx.cancelTimer(lane.timer);
                lane.timer = vertx.setTimer(Math.max(1, r.result() + 1), t -> { lane.timer = -1; wake(schema); });
            }
        });
    }

    /** Claims the due messages of one tenant and sends them side by side; answers how many it claimed. */
    private Future<Integer> pass(String schema) {
        return outbox.claim(schema, BATCH, LEASE_SECONDS).compose(messages ->
                Future.join(messages.stream().map(this::deliver).toList()).map(messages.size()));
    }

    private Future<Void> deliver(Outbox.Message m) {
        Future<HttpResponse<Buffer>> sent = "sms".equals(m.kind()) ? text(m) : webhook(m);
        return sent.transform(r -> {
            Integer status = r.succeeded() ? r.result().statusCode() : null;
            boolean ok = status != null && status / 100 == 2;
            String error = r.failed() ? String.valueOf(r.cause().getMessage()) : ok ? null : truncated(r.result().bodyAsString());
            return outbox.attempted(m, status, error, ok, retryInSeconds(m.attempts() + 1));
        }).recover(e -> {
            // The attempt could not be recorded: the lease runs out and it is tried again (the same webhook-id).
            LOG.warning("outbox: attempt at " + m.id() + " not recorded: " + e.getMessage());
            return Future.succeededFuture();
        });
    }

    /** After the n-th failed attempt: the base delay, doubled for each attempt before it, never past a day. */
    double retryInSeconds(int failedAttempts) {
        double ms = retryBaseMillis * Math.pow(2, Math.min(failedAttempts - 1, 40));
        return Math.min(ms / 1000.0, DAY_SECONDS);
    }

    private Future<HttpResponse<Buffer>> webhook(Outbox.Message m) {
        long timestamp = System.currentTimeMillis() / 1000;
        return client.postAbs(m.url()).timeout(SEND_TIMEOUT_MS)
                .putHeader("Content-Type", "application/json")
                .putHeader("webhook-id", m.id())
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSignature.sign(m.secret(), m.id(), timestamp, m.body()))
                .sendBuffer(Buffer.buffer(m.body()));
    }

    private Future<HttpResponse<Buffer>> text(Outbox.Message m) {
        if (twilio.accountSid() == null || twilio.accountSid().isBlank()) {
            return Future.failedFuture("TWILIO_ACCOUNT_SID is not set: no text receipts can be sent");
        }
        JsonObject fields = new JsonObject(m.body());
        MultiMap form = MultiMap.caseInsensitiveMultiMap().add("From", fields.getString("From"))
                .add("To", fields.getString("To")).add("Body", fields.getString("Body"));
        String url = twilio.apiUrl() + "/2010-04-01/Accounts/" + twilio.accountSid() + "/Messages.json";
        return client.postAbs(url).timeout(SEND_TIMEOUT_MS)
                .basicAuthentication(twilio.accountSid(), twilio.authToken() == null ? "" : twilio.authToken())
                .sendForm(form);
    }

    private static String truncated(String s) {
        if (s == null) return null;
        return s.length() <= 500 ? s : s.substring(0, 500);
    }
}
