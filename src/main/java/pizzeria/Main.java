package pizzeria;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/** Starts the gateway as configured by the environment; SIGTERM drains calls in progress, then exits. */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() { }

    public static void main(String[] args) throws InterruptedException {
        Vertx vertx = Vertx.vertx();
        Gateway gateway;
        try {
            gateway = Gateway.start(vertx, Settings.fromEnvironment()).await();
        } catch (Exception e) {
            LOG.severe("the gateway could not start: " + e.getMessage());
            vertx.close();
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping: no new calls; waiting for calls in progress");
            gateway.stop(Duration.ofSeconds(20)).onComplete(r -> vertx.close().onComplete(c -> stopped.countDown()));
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }
}
