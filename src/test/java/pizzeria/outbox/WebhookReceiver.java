package pizzeria.outbox;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A point-of-sale system's end of a webhook, on real HTTP: records every request on each path and answers
 * with the status codes a test scripted for that path, then with {@link #otherwise}.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** One request as it arrived, and the status it was answered with. */
    public record Received(String path, String webhookId, String timestamp, String signature, String contentType, String body, int answered) { }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
    volatile int otherwise = 200;

    public WebhookReceiver() {
        server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            Deque<Integer> script = scripted.get(req.path());
            Integer next;
            synchronized (this) {
                next = script == null ? null : script.poll();
            }
            int status = next != null ? next : otherwise;
            received.add(new Received(req.path(), req.getHeader("webhook-id"), req.getHeader("webhook-timestamp"),
                    req.getHeader("webhook-signature"), req.getHeader("Content-Type"), body.toString(), status));
            req.response().setStatusCode(status).end(status / 100 == 2 ? "ok" : "not now");
        })).listen(0, "127.0.0.1").await();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.actualPort() + path;
    }

    /** The next requests on {@code path} are answered with these codes, in order. */
    synchronized void answer(String path, Integer... statuses) {
        scripted.put(path, new ArrayDeque<>(List.of(statuses)));
    }

    public List<Received> on(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Polls until {@code enough} holds for the requests on {@code path}, with a deadline (not a fixed wait). */
    public List<Received> await(String path, Predicate<List<Received>> enough, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            List<Received> now = on(path);
            if (enough.test(now)) return now;
            if (System.nanoTime() > deadline) throw new AssertionError("the receiver on " + path + " got only " + now);
            Thread.sleep(10); // polling a condition another thread makes true, up to the deadline above
        }
    }

    @Override
    public void close() {
        vertx.close().await();
    }
}
