package pizzeria.testing;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.SqlClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import pizzeria.store.LocalPostgres;

/**
 * One real PostgreSQL server for the whole test run, started by the tests themselves (no outside setup),
 * and a fresh database per test class so classes never see each other's data.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String url;

    private TestPostgres() { }

    public static synchronized String url() {
        if (url != null) return url;
        try {
            Path dir = Path.of("target", "test-postgres-" + ProcessHandle.current().pid()).toAbsolutePath();
            LocalPostgres server = LocalPostgres.forTests(dir, freePort());
            url = server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                delete(dir);
            }));
            return url;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the test PostgreSQL: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new, empty database on the test server; returns its URL. */
    public static String freshDatabase(String prefix) {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        Vertx vertx = Vertx.vertx();
        try {
            SqlClient client = PgBuilder.client().connectingTo(url()).using(vertx).build();
            client.query("CREATE DATABASE " + name).execute().await();
            client.close().await();
        } finally {
            vertx.close().await();
        }
        return url().replaceAll("/postgres$", "/" + name);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for `make clean`
        }
    }
}
