package pizzeria.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
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
