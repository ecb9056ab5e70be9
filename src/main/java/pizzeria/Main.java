package pizzeria;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Starts the gateway as configured by the environment. SIGTERM (or SIGINT) drains: /health turns 503, new
 * calls are refused, calls in progress get up to DRAIN_MS, then the process exits 0. A second signal cuts the
 * drain short: what is still in progress is handed over at once, as at DRAIN_MS.
 */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() { }

    public static void main(String[] args) throws InterruptedException {
        // The epoll transport when the machine has it: fewer system calls per WebSocket frame than NIO.
        Vertx vertx = Vertx.vertx(new io.vertx.core.VertxOptions().setPreferNativeTransport(true));
        LOG.info("network transport: " + (vertx.isNativeTransportEnabled() ? "epoll" : "NIO"));
        Settings settings = Settings.fromEnvironment();
        Gateway gateway;
        try {
            gateway = Gateway.start(vertx, settings).await();
        } catch (Exception e) {
            LOG.severe("the gateway could not start: " + e.getMessage());
            vertx.close();
            System.exit(1);
            return;
        }
        Duration grace = Duration.ofMillis(settings.faults().drainMillis());
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable drainAndStop = () -> {
            System.err.println("stopping: no new calls; calls in progress have up to " + grace.toMillis() + " ms (again to stop now)");
            try {
                gateway.stop(grace).await();
            } catch (RuntimeException e) {
                System.err.println("stopping: " + e.getMessage());
            }
            vertx.close().await();
            gateway.stopLocalDatabase();
            System.err.println("stopped");
        };
        // A handler of our own, not only a shutdown hook: a JVM ended by a signal exits 143, and a drain that went
        // as planned is a clean exit (0). A second signal cuts the drain short but never kills it: what is still
        // in progress is handed over and written before the exit.
        for (String signal : new String[]{"TERM", "INT"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> {
                if (stopping.compareAndSet(false, true)) {
                    new Thread(() -> {
                        drainAndStop.run();
                        System.exit(0);
                    }, "drain").start();
                } else {
                    System.err.println("stopping now: calls still in progress go to staff (phone) or end with their carts kept (text)");
                    gateway.hurry();
                }
            });
        }
        // Any other way out (System.exit elsewhere, SIGHUP) still drains and stops the embedded database.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopping.compareAndSet(false, true)) drainAndStop.run();
        }));
    }
}
