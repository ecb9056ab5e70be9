package pizzeria;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Starts the gateway as configured by the environment. SIGTERM (or SIGINT) drains: /health turns 503, new
 * calls are refused, calls in progress get up to DRAIN_MS, then the process exits 0. A second signal cuts the
 * drain short: what is still in progress is handed over at once, as at DRAIN_MS. A signal during the start
 * waits for it to settle, then stops what it opened.
 */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() { }

    public static void main(String[] args) throws InterruptedException {
        // The epoll transport when the machine has it: fewer system calls per WebSocket frame than NIO.
        Vertx vertx = Vertx.vertx(new io.vertx.core.VertxOptions().setPreferNativeTransport(true));
        Settings settings = Settings.fromEnvironment();
        Duration grace = Duration.ofMillis(settings.faults().drainMillis());
        Promise<Gateway> started = Promise.promise();
        Future<Gateway> starting = started.future();
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable drainAndStop = () -> {
            System.err.println("stopping: no new calls; calls in progress have up to " + grace.toMillis() + " ms (again to stop now)");
            Gateway gateway = null;
            try {
                // A start under way is let finish: a failed one has closed what it opened, a finished one is drained.
                gateway = starting.await();
                gateway.stop(grace).await();
            } catch (RuntimeException e) {
                System.err.println("stopping: " + e.getMessage());
            }
            vertx.close().await();
            if (gateway != null) gateway.stopLocalDatabase();
            System.err.println("stopped");
        };
        // Handlers of our own, not only a shutdown hook, and set before the start: a JVM ended by a signal exits
        // 143 (and one signalled during its start stopped nothing), and a drain that went as planned is a clean
        // exit (0). A second signal cuts the drain short but never kills it: what is still in progress is handed
        // over and written before the exit.
        for (String signal : new String[]{"TERM", "INT"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> {
                if (stopping.compareAndSet(false, true)) {
                    new Thread(() -> {
                        drainAndStop.run();
                        System.exit(0);
                    }, "drain").start();
                } else {
                    System.err.println("stopping now: calls still in progress go to staff (phone) or end with their carts kept (text)");
                    starting.onSuccess(Gateway::hurry);
                }
            });
        }
        // Any other way out (System.exit elsewhere, SIGHUP) still drains and stops the embedded database.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopping.compareAndSet(false, true)) drainAndStop.run();
        }));
        LOG.info("network transport: " + (vertx.isNativeTransportEnabled() ? "epoll" : "NIO") + "; starting");
        Gateway.start(vertx, settings).onComplete(started);
        try {
            starting.await();
        } catch (Exception e) {
            if (!stopping.compareAndSet(false, true)) return; // a signal's stop is under way: it ends the process
            LOG.severe("the gateway could not start: " + e.getMessage());
            vertx.close().await();
            System.exit(1);
        }
    }
}
