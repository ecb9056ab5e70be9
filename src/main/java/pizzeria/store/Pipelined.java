package pizzeria.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A transaction in one round trip: BEGIN, the statements and COMMIT are sent at once and pipelined on one
 * connection, in order (so each row's foreign key is already there). A failed statement aborts the
 * transaction, so the COMMIT rolls it back and nothing is written; every step is waited for before the
 * connection goes back to the pool.
 */
final class Pipelined {
    private Pipelined() { }

    /** @param statements adds each statement's future to the list, in the order they must run */
    static Future<Void> transaction(Pool pool, BiConsumer<SqlConnection, List<Future<?>>> statements) {
        return pool.withConnection(conn -> {
            List<Future<?>> steps = new ArrayList<>();
            steps.add(conn.query("BEGIN").execute());
            statements.accept(conn, steps);
            steps.add(conn.query("COMMIT").execute());
            return Future.join(steps).mapEmpty();
        });
    }
}
