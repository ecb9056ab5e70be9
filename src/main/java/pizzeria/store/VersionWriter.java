package pizzeria.store;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes tenant versions, many to a transaction: versions asked for while others are being written wait
 * and go together, up to {@link #BATCH} at a time (a first start writes thousands, and one commit each was
 * most of its time), each batch in one round trip ({@link Pipelined}). A batch
 * that fails is written again one version at a time, so one bad version fails alone.
 */
final class VersionWriter {
    private static final int BATCH = 100;
    private static final int BATCHES_AT_ONCE = 4;

    private record Pending(String tenantId, String yaml, String sha256, List<String> numbers, Promise<Integer> done) { }

    private final Pool pool;
    private final List<Pending> queued = new ArrayList<>();
    private int writing;

    VersionWriter(Pool pool) {
        this.pool = pool;
    }

    Future<Integer> write(String tenantId, String yaml, String sha256, List<String> numbers) {
        Pending p = new Pending(tenantId, yaml, sha256, List.copyOf(numbers), Promise.promise());
        List<Pending> batch = null;
        synchronized (this) {
            queued.add(p);
            if (writing < BATCHES_AT_ONCE) {
                writing++;
                batch = next();
            }
        }
        if (batch != null) run(batch);
        return p.done().future();
    }

    /** Sorted by tenant (a stable sort: one tenant's versions keep their order), so two batches lock tenants in one order. */
    private List<Pending> next() {
        List<Pending> batch = new ArrayList<>(queued.subList(0, Math.min(BATCH, queued.size())));
        queued.subList(0, batch.size()).clear();
        batch.sort(Comparator.comparing(Pending::tenantId));
        return batch;
    }

    private void run(List<Pending> batch) {
        Future<Void> written = transaction(batch).recover(e -> batch.size() == 1
                ? fail(batch.get(0), e)
                : Future.join(batch.stream().map(p -> transaction(List.of(p)).recover(single -> fail(p, single))).toList()).mapEmpty());
        written.onComplete(r -> {
            List<Pending> more;
            synchronized (this) {
                more = queued.isEmpty() ? null : next();
                if (more == null) writing--;
            }
            if (more != null) run(more);
        });
    }

    /** A version refused because another tenant has one of its numbers fails with {@link NumberTaken}, naming them. */
    private Future<Void> fail(Pending p, Throwable e) {
        if (!isNumberTaken(e)) return fail(p, e, null);
        return pool.preparedQuery("SELECT number, tenant_id FROM gateway.phone_numbers WHERE number = ANY($1) AND tenant_id <> $2 ORDER BY number LIMIT 1")
                .execute(Tuple.tuple().addArrayOfString(p.numbers().toArray(new String[0])).addString(p.tenantId()))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next() : null)
                .otherwiseEmpty()
                .compose(owner -> fail(p, e, owner));
    }

    private static Future<Void> fail(Pending p, Throwable e, Row owner) {
        p.done().tryFail(owner == null ? e : new NumberTaken(owner.getString(0), owner.getString(1)));
        return Future.succeededFuture();
    }

    /** The unique number of gateway.phone_numbers refused a claim: the number is another tenant's. */
    private static boolean isNumberTaken(Throwable e) {
        return e instanceof PgException pg && "23505".equals(pg.getSqlState()) && "phone_numbers_pkey".equals(pg.getConstraint());
    }

    /**
     * One transaction, one round trip; each version's number is completed only once it is committed. Every
     * version of the batch lets go of its numbers before any claims its own, so a number moving from one tenant
     * to another within a batch is free when claimed.
     */
    private Future<Void> transaction(List<Pending> batch) {
        List<Future<RowSet<Row>>> versions = new ArrayList<>();
        List<Future<?>> claims = new ArrayList<>();
        return Pipelined.transaction(pool, (conn, steps) -> {
            for (Pending p : batch) release(conn, p, steps);
            for (Pending p : batch) claim(conn, p, steps, claims);
            for (Pending p : batch) versions.add(version(conn, p, steps));
        }).recover(e -> {
            // The failure of the statement that failed, not of those the aborted transaction refused after it.
            Throwable first = claims.stream().filter(Future::failed).map(Future::cause).filter(VersionWriter::isNumberTaken).findFirst().orElse(e);
            return Future.failedFuture(first);
        }).onSuccess(ok -> {
            for (int i = 0; i < batch.size(); i++) batch.get(i).done().tryComplete(versions.get(i).result().iterator().next().getInteger(0));
        });
    }

    /**
     * Upserting the tenant's row locks it until the commit, so two writers of one tenant take turns; the
     * version is the next number unless the newest already has this text. The tenant lets go of its numbers.
     */
    private static void release(SqlConnection conn, Pending p, List<Future<?>> steps) {
        steps.add(conn.preparedQuery("INSERT INTO gateway.tenants (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET enabled = true")
                .execute(Tuple.of(p.tenantId())));
        steps.add(conn.preparedQuery("INSERT INTO gateway.tenant_versions (tenant_id, version, yaml, sha256)"
                        + " SELECT $1, coalesce(max(version), 0) + 1, $2, $3 FROM gateway.tenant_versions WHERE tenant_id = $1"
                        + " HAVING coalesce((SELECT sha256 FROM gateway.tenant_versions WHERE tenant_id = $1"
                        + " ORDER BY version DESC LIMIT 1), '') <> $3")
                .execute(Tuple.of(p.tenantId(), p.yaml(), p.sha256())));
        steps.add(conn.preparedQuery("DELETE FROM gateway.phone_numbers WHERE tenant_id = $1").execute(Tuple.of(p.tenantId())));
    }

    /**
     * Claims the version's numbers. The number is the table's primary key, so the database decides who has one:
     * a number another tenant holds (or is claiming in a transaction not yet committed, which this one then
     * waits for) fails the claim, never takes the number away.
     */
    private static void claim(SqlConnection conn, Pending p, List<Future<?>> steps, List<Future<?>> claims) {
        if (p.numbers().isEmpty()) return;
        Future<?> claim = conn.preparedQuery("INSERT INTO gateway.phone_numbers (number, tenant_id) VALUES ($1, $2)")
                .executeBatch(p.numbers().stream().map(n -> Tuple.of(n, p.tenantId())).toList());
        steps.add(claim);
        claims.add(claim);
    }

    private static Future<RowSet<Row>> version(SqlConnection conn, Pending p, List<Future<?>> steps) {
        Future<RowSet<Row>> version = conn.preparedQuery("SELECT max(version) FROM gateway.tenant_versions WHERE tenant_id = $1")
                .execute(Tuple.of(p.tenantId()));
        steps.add(version);
        return version;
    }
}
