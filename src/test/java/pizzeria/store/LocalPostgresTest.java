package pizzeria.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The embedded PostgreSQL: a password, one gateway per folder, a port clash named")
class LocalPostgresTest {
    private static final Path DIR = Path.of("target", "local-postgres-" + ProcessHandle.current().pid()).toAbsolutePath();
    private static LocalPostgres server;
    private static String url;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        port = freePort();
        server = LocalPostgres.forTests(DIR.resolve("postgres"), port);
        url = server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    @DisplayName("it asks for a password (SCRAM): without it no connection; the URL it gives carries it")
    void password() throws Exception {
        assertThat(Files.readString(DIR.resolve("postgres/pg_hba.conf"))).doesNotContainPattern("(?m)^\\s*(host|local)\\b.*\\btrust\\s*$");
        assertThat(select(url)).isEqualTo(1);
        assertThatThrownBy(() -> select("postgresql://postgres@127.0.0.1:" + port + "/postgres"))
                .hasMessageContaining("password");
        assertThatThrownBy(() -> select("postgresql://postgres:guess@127.0.0.1:" + port + "/postgres"))
                .hasMessageContaining("password authentication failed");
    }

    @Test
    @DisplayName("a second gateway on the same folder stops at once with a clear message, and the first one's server runs on")
    void oneGatewayPerFolder() throws Exception {
        LocalPostgres second = LocalPostgres.forTests(DIR.resolve("postgres"), port);
        assertThatThrownBy(second::start).isInstanceOf(IOException.class)
                .hasMessageContaining("is in use by another gateway").hasMessageContaining("DATA_DIR");
        second.stop();
        assertThat(select(url)).as("the first gateway's server, after the second gave up").isEqualTo(1);
    }

    @Test
    @DisplayName("a port taken by another program is named, without the server's log")
    void portClash() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            LocalPostgres clash = LocalPostgres.forTests(DIR.resolve("clash"), taken.getLocalPort());
            try {
                assertThatThrownBy(clash::start).isInstanceOf(IOException.class)
                        .hasMessage("port " + taken.getLocalPort() + " is already in use on 127.0.0.1 by another program, so the"
                                + " embedded PostgreSQL cannot listen there: stop that program or set EMBEDDED_DB_PORT to a free port");
            } finally {
                clash.stop();
            }
        }
    }

    private static int select(String url) {
        Vertx vertx = Vertx.vertx();
        try {
            var client = PgBuilder.client().connectingTo(url).using(vertx).build();
            try {
                return client.query("SELECT 1").execute().await().iterator().next().getInteger(0);
            } finally {
                client.close().await();
            }
        } finally {
            vertx.close().await();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
