package pizzeria.store;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Call records (and with them the open carts) the database did not take: kept until written, so nothing a
 * caller ordered is lost while the database is away. Each call's newest record only (a record is the whole
 * call, so a newer one carries everything an older one did), in memory up to {@link #MAX_KEPT} calls and in
 * one file per call under {@code folder}, so a restart tries them again. Retried one call at a time, oldest
 * first, with a doubling pause between passes that fail; a pass starts only after the last one ended, so two
 * writes of one call never race. Calls on any event loop use it (under its lock, held only briefly); file I/O
 * is asynchronous.
 */
public final class RecordOutbox {
    static final int MAX_KEPT = 10_000;
    private static final long FIRST_RETRY_MS = 500;
    private static final long LAST_RETRY_MS = 30_000;
    private static final Logger LOG = Logger.getLogger(RecordOutbox.class.getName());

    /** A record to write: its tenant and the record (the same object until a newer record replaces it). */
    private record Kept(String tenantId, JsonObject record) { }

    private final Vertx vertx;
    private final OrderStore orders;
    private final Path folder;
    private final Map<String, Kept> byCall = new LinkedHashMap<>();
    /** The call whose record a pass is writing right now, and that write. */
    private String writing;
    private Future<Void> inFlight = Future.succeededFuture();
    private long pause = FIRST_RETRY_MS;
    private long timer = -1;
    private boolean passRunning;
    private boolean closed;

    /** @param folder where kept records also go (null: memory only) */
    public RecordOutbox(Vertx vertx, OrderStore orders, Path folder) {
        this.vertx = vertx;
        this.orders = orders;
        this.folder = folder;
    }

    /** Takes up what an earlier run left in the folder; they are tried at once. */
    public Future<Void> load() {
        if (folder == null) return Future.succeededFuture();
        var fs = vertx.fileSystem();
        return fs.mkdirs(folder.toString()).compose(v -> fs.readDir(folder.toString(), ".*\\.json")).compose(files -> {
            List<Future<Void>> reads = new ArrayList<>();
            for (String f : files) {
                reads.add(fs.readFile(f).map(b -> {
                    JsonObject kept = new JsonObject(b);
                    byCall.putIfAbsent(kept.getJsonObject("record").getString("callId"), new Kept(kept.getString("tenant"), kept.getJsonObject("record")));
                    return (Void) null;
                }).recover(e -> {
                    LOG.warning("kept call record " + f + " unreadable, left in place: " + e.getMessage());
                    return Future.succeededFuture();
                }));
            }
            return Future.join(reads).onComplete(r -> {
                if (!byCall.isEmpty()) {
                    LOG.info(byCall.size() + " call records kept from an earlier run: writing them");
                    schedule(0);
                }
            }).mapEmpty();
        });
    }

    /** Whether a record of this call is waiting here (then its newer records must wait here too, behind it). */
    public synchronized boolean holds(String callId) {
        return byCall.containsKey(callId);
    }

    public synchronized int size() {
        return byCall.size();
    }

    /** Keeps the call's newest record until the database takes it. */
    public synchronized void keep(String tenantId, JsonObject record) {
        String callId = record.getString("callId");
        if (!byCall.containsKey(callId) && byCall.size() >= MAX_KEPT) {
            String oldest = byCall.keySet().iterator().next();
            Kept dropped = byCall.remove(oldest);
            deleteFile(oldest);
            LOG.severe("more than " + MAX_KEPT + " call records waiting for the database: the oldest, call " + oldest
                    + " of " + dropped.tenantId() + ", is dropped");
        }
        Kept kept = new Kept(tenantId, record);
        byCall.put(callId, kept);
        if (folder != null) {
            vertx.fileSystem().writeFile(file(callId), Buffer.buffer(new JsonObject().put("tenant", tenantId).put("record", record).encode()))
                    .onFailure(e -> LOG.warning("call record " + callId + " kept in memory only: " + e.getMessage()));
        }
        if (timer < 0 && !passRunning) schedule(pause);
    }

    /**
     * An order is about to be committed for this call: a record of it kept here must not land after the order
     * (it would write the order back as open). It is dropped (the call's next record carries all of it) once
     * no write of it is under way.
     */
    public Future<Void> giveWay(String callId) {
        Future<Void> wait;
        synchronized (this) {
            wait = callId.equals(writing) ? inFlight.otherwiseEmpty() : Future.succeededFuture();
        }
        return wait.map(v -> {
            synchronized (this) {
                if (byCall.remove(callId) != null) deleteFile(callId);
            }
            return null;
        });
    }

    /** One more pass now, waited for at most {@code millis} (a stop): whatever is still kept stays in the folder. */
    public synchronized Future<Void> flush(long millis) {
        if (byCall.isEmpty()) return Future.succeededFuture();
        if (timer >= 0) vertx.cancelTimer(timer);
        timer = -1;
        Promise<Void> done = Promise.promise();
        if (!passRunning) pass(done); else done.complete();
        return done.future().timeout(millis, java.util.concurrent.TimeUnit.MILLISECONDS).otherwiseEmpty()
                .onComplete(r -> {
                    closed = true;
                    if (!byCall.isEmpty()) LOG.warning(byCall.size() + " call records still not written at stop"
                            + (folder == null ? ": lost" : ": kept in " + folder + " for the next start"));
                });
    }

    private synchronized void schedule(long delay) {
        if (closed) return;
        timer = vertx.setTimer(Math.max(1, delay), t -> {
            timer = -1;
            pass(Promise.promise());
        });
    }

    /** Writes each kept call's record in turn; the first failure ends the pass (the database is still away). */
    private synchronized void pass(Promise<Void> done) {
        passRunning = true;
        List<String> calls = new ArrayList<>(byCall.keySet());
        next(calls, 0, done);
    }

    private synchronized void next(List<String> calls, int i, Promise<Void> done) {
        if (i == calls.size() || byCall.isEmpty()) {
            end(true, done);
            return;
        }
        String callId = calls.get(i);
        Kept kept = byCall.get(callId);
        if (kept == null) {
            next(calls, i + 1, done);
            return;
        }
        writing = callId;
        inFlight = orders.saveCall(kept.tenantId(), kept.record());
        inFlight.onComplete(r -> written(calls, i, callId, kept, r, done));
    }

    private synchronized void written(List<String> calls, int i, String callId, Kept kept, io.vertx.core.AsyncResult<Void> r, Promise<Void> done) {
        writing = null;
        if (r.failed()) {
            LOG.warning(byCall.size() + " call records waiting for the database (" + r.cause().getMessage() + "); next try in "
                    + Math.min(pause * 2, LAST_RETRY_MS) + " ms");
            end(false, done);
            return;
        }
        // A newer record that came in meanwhile stays for the next round.
        if (byCall.get(callId) == kept) {
            byCall.remove(callId);
            deleteFile(callId);
        }
        next(calls, i + 1, done);
    }

    private synchronized void end(boolean allWritten, Promise<Void> done) {
        passRunning = false;
        pause = allWritten ? FIRST_RETRY_MS : Math.min(pause * 2, LAST_RETRY_MS);
        if (allWritten && !byCall.isEmpty()) schedule(0);
        else if (!byCall.isEmpty()) schedule(pause);
        done.tryComplete();
    }

    private void deleteFile(String callId) {
        if (folder == null) return;
        vertx.fileSystem().delete(file(callId)).otherwiseEmpty();
    }

    /** Call ids are ours or Twilio's (letters and digits); anything else is kept out of the file name. */
    private String file(String callId) {
        return folder.resolve(callId.replaceAll("[^A-Za-z0-9_-]", "_") + ".json").toString();
    }
}
