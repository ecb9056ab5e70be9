package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import pizzeria.Gateway;
import pizzeria.Settings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;
import pizzeria.testing.TestPostgres;

@DisplayName("A gateway that cannot start closes what it had opened")
class FailedStartTest {
    @Test
    @DisplayName("its port taken: the start fails, and no connection of it is left on the database")
    void portTaken() throws Exception {
        String url = TestPostgres.freshDatabase("failedstart");
        String database = url.substring(url.lastIndexOf('/') + 1);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            assertThatThrownBy(() -> RunningGateway.with(Map.of("PORT", String.valueOf(taken.getLocalPort()), "DATABASE_URL", url),
                    RunningGateway.SPEC.resolve("restaurant.example.yaml"))).hasMessageContaining("in use")
                    .as("names the port and the setting").hasMessageContaining("port " + taken.getLocalPort() + " (PORT)");
        }
        assertThat(connectionsTo(database)).as("connections of the failed gateway (pool, outbox listener)").isZero();
    }

    /**
     * A start that fails at its last step (the port), having opened everything before it: the Vert.x it was
     * given (an embedder's, which lives on) keeps no timer of it, and no worker pool or client of it answers.
     * Vert.x numbers timers from one counter and {@code cancelTimer} says whether the timer was still there, so
     * every number below a fresh timer's is tried.
     */
    @Test
    @DisplayName("its port taken: no timer of the gateway is left on the Vert.x it was given (folder watch, idle calls)")
    void noTimerLeft() throws Exception {
        Path restaurants = Files.createTempDirectory("restaurants");
        Files.copy(RunningGateway.SPEC.resolve("restaurant.example.yaml"), restaurants.resolve("restaurant.example.yaml"));
        Vertx vertx = Vertx.vertx();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            Map<String, String> env = Map.of("PORT", String.valueOf(taken.getLocalPort()), "DATABASE_URL", TestPostgres.freshDatabase("failedstart"),
                    "RESTAURANTS_DIR", restaurants.toString(), "PLUGINS_DIR", restaurants.resolve("none").toString(),
                    "DATA_DIR", Files.createTempDirectory("gateway-data").toString(), "RESTAURANTS_SCAN_MS", "200",
                    "DEEPGRAM_API_KEY", "dg-test", "OPENAI_API_KEY", "sk-test");
            assertThatThrownBy(() -> Gateway.start(vertx, Settings.from(env)).await()).hasMessageContaining("in use");
            long fresh = vertx.setTimer(60_000, t -> { });
            List<Long> left = LongStream.range(0, fresh).filter(vertx::cancelTimer).boxed().toList();
            assertThat(left).as("timers of the failed gateway still set").isEmpty();
        } finally {
            vertx.close().await();
        }
    }

    private static long connectionsTo(String database) {
        Vertx vertx = Vertx.vertx();
        try {
            var client = PgBuilder.client().connectingTo(TestPostgres.url()).using(vertx).build();
            long n = client.preparedQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = $1")
                    .execute(io.vertx.sqlclient.Tuple.of(database)).await().iterator().next().getLong(0);
            client.close().await();
            return n;
        } finally {
            vertx.close().await();
        }
    }
}
