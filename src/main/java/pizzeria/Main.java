package pizzeria;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.logging.Logger;

/** Starts the gateway as configured by the environment; SIGTERM drains calls in progress, then exits. */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() { }

    public static void main(String[] args) throws InterruptedException {
        // The epoll transport when the machine has it: fewer system calls per WebSocket frame than NIO.
        Vertx vertx = Vertx.vertx(new io.vertx.core.VertxOptions().setPreferNativeTransport(true));
        LOG.info("network transport: " + (vertx.isNativeTransportEnabled() ? "epoll" : "NIO"));
        Gateway gateway;
        try {
            gateway = Gateway.start(vertx, Settings.fromEnvironment()).await();
        } catch (Exception e) {
            LOG.severe("the gateway could not start: " + e.getMessage());
            vertx.close();
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("stopping: no new calls; waiting for calls in progress");
            try {
                gateway.stop(Duration.ofSeconds(20)).await();
            } catch (RuntimeException e) {
                System.err.println("stopping: " + e.getMessage());
            }
            vertx.close().await();
            gateway.stopLocalDatabase();
            System.err.println("stopped");
        }));
    }
}
