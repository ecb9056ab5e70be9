package pizzeria.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Versioned SQL files applied once per schema, in order: the shared schema's own, and the tenant ones
 * to every tenant schema. A folder's files are listed in its index.txt, since a jar cannot be listed.
 */
final class Migrations {
    record Migration(int version, String sql) { }

    private static final long LOCK = 0x7069_7a7a_6572_6961L;

    private final List<Migration> list;

    private Migrations(List<Migration> list) {
        this.list = List.copyOf(list);
    }

    /** Reads a folder of migrations from the class path. Blocking: call it off the event loop. */
    static Migrations load(String folder) {
        List<Migration> out = new ArrayList<>();
        for (String name : read(folder + "/index.txt").split("\\s+")) {
            if (name.isBlank()) continue;
            out.add(new Migration(Integer.parseInt(name.replaceAll("^V(\\d+)__.*", "$1")), read(folder + "/" + name)));
        }
        return new Migrations(out);
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream("/" + resource)) {
            if (in == null) throw new IllegalStateException("missing migration resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies what {@code schema} lacks, in one transaction, holding a lock so two gateways never race. */
    Future<Void> apply(Pool pool, String schema) {
        // Up to date (every restart, every tenant): one read, no lock and no DDL. Else, or on a fresh
        // database where the version table does not exist yet, the locked path below.
        return pool.preparedQuery("SELECT version FROM gateway.schema_version WHERE schema_name = $1").execute(Tuple.of(schema))
                .map(rows -> {
                    Set<Integer> done = new HashSet<>();
                    for (Row r : rows) done.add(r.getInteger(0));
                    return list.stream().allMatch(m -> done.contains(m.version()));
                })
                .otherwise(false)
                .compose(upToDate -> upToDate ? Future.<Void>succeededFuture() : applyLocked(pool, schema));
    }

    private Future<Void> applyLocked(Pool pool, String schema) {
        return pool.withTransaction(conn -> conn.query("SELECT pg_advisory_xact_lock(" + LOCK + ")").execute()
                .compose(v -> conn.query("SET LOCAL client_min_messages = warning; CREATE SCHEMA IF NOT EXISTS gateway; CREATE SCHEMA IF NOT EXISTS " + schema
                        + "; CREATE TABLE IF NOT EXISTS gateway.schema_version (schema_name text NOT NULL, version int NOT NULL,"
                        + " applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (schema_name, version))").execute())
                .compose(v -> conn.preparedQuery("SELECT version FROM gateway.schema_version WHERE schema_name = $1")
                        .execute(Tuple.of(schema)))
                .compose(rows -> {
                    Set<Integer> done = new HashSet<>();
                    for (Row r : rows) done.add(r.getInteger(0));
                    Future<Void> chain = Future.succeededFuture();
                    for (Migration m : list) {
                        if (!done.contains(m.version())) chain = chain.compose(x -> run(conn, schema, m));
                    }
                    return chain;
                }));
    }

    private static Future<Void> run(SqlConnection conn, String schema, Migration m) {
        return conn.query(m.sql().replace("{schema}", schema)).execute()
                .compose(v -> conn.preparedQuery("INSERT INTO gateway.schema_version (schema_name, version) VALUES ($1, $2)")
                        .execute(Tuple.of(schema, m.version())))
                .mapEmpty();
    }
}
