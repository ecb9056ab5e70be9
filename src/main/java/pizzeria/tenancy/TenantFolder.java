package pizzeria.tenancy;

import pizzeria.tenant.Sha256;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The tenants folder, rescanned periodically on a worker thread. Polling works the same on every file
 * system; a file is read and hashed only when its size or modification time moved (and on every
 * {@value #FULL_SCAN_EVERY}th scan, in case a clock or copy tool kept them), so ten thousand tenants cost
 * a stat each per scan, not a read.
 */
public final class TenantFolder {
    /**
     * The largest tenant file taken from the folder: the same cap as an upload (the gateway's request body
     * limit is this). A real tenant is about 10 KB; a larger file is refused by its size, never read.
     */
    public static final int MAX_FILE_BYTES = 1 << 20;
    private static final int FULL_SCAN_EVERY = 60;

    /**
     * A file as last scanned: its size and time, the hash of its text as last taken (null if it never was), and
     * why it could not be read that time (null when it could), so a file that stays broken is reported once.
     */
    private record Seen(long size, FileTime modified, String sha, String problem) { }

    private final Path dir;
    private final Map<Path, Seen> seen = new HashMap<>();
    private int scans;
    private final AtomicBoolean scanning = new AtomicBoolean();

    public TenantFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * Files new or changed since the last scan, files that could not be read (each reported once until it
     * changes), and files gone. A file counts as deleted only when it is really gone: one that cannot be read
     * (not UTF-8, too large, unreadable) keeps whatever version it had live. Blocking: call it off the event loop.
     */
    public synchronized List<FolderChange> scan() {
        List<FolderChange> changes = new ArrayList<>();
        Map<Path, Seen> now = new HashMap<>();
        boolean full = scans++ % FULL_SCAN_EVERY == 0;
        for (Path file : files()) {
            Seen before = seen.get(file);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                continue;   // gone between the listing and now
            } catch (IOException e) {
                keepBroken(file, before, 0, 0, null, "cannot be read: " + e, now, changes);
                continue;
            }
            boolean unchanged = before != null && before.size() == attributes.size()
                    && before.modified().equals(attributes.lastModifiedTime());
            // A file that stays broken is not read again at a full scan either: its time and size are enough.
            if (unchanged && (!full || before.problem() != null)) {
                now.put(file, before);
                continue;
            }
            try {
                String yaml = TenantFileText.read(file, MAX_FILE_BYTES);
                String sha = Sha256.of(yaml);
                now.put(file, new Seen(attributes.size(), attributes.lastModifiedTime(), sha, null));
                if (before == null || !sha.equals(before.sha())) changes.add(FolderChange.changed(file, yaml, sha));
            } catch (NoSuchFileException e) {
                // gone while being read: deleted, like a file no longer listed
            } catch (TenantFileText.Unreadable e) {
                keepBroken(file, before, attributes.size(), e.line, attributes.lastModifiedTime(), e.getMessage(), now, changes);
            } catch (IOException e) {
                keepBroken(file, before, attributes.size(), 0, attributes.lastModifiedTime(), "cannot be read: " + e, now, changes);
            }
        }
        seen.keySet().stream().filter(f -> !now.containsKey(f)).forEach(f -> changes.add(FolderChange.deleted(f)));
        seen.clear();
        seen.putAll(now);
        return changes;
    }

    /** A file that is there but cannot be taken: still seen (not deleted), its last good text's hash kept, reported once. */
    private static void keepBroken(Path file, Seen before, long size, int line, FileTime modified, String problem,
                                   Map<Path, Seen> now, List<FolderChange> changes) {
        now.put(file, new Seen(size, modified == null ? FileTime.fromMillis(0) : modified, before == null ? null : before.sha(), problem));
        if (before == null || !problem.equals(before.problem())) changes.add(FolderChange.unreadable(file, line, problem));
    }

    /** Scans every {@code intervalMs} on a worker; returns the timer, which the owner cancels when it stops. */
    public long watch(Vertx vertx, long intervalMs, Handler<List<FolderChange>> handler) {
        return vertx.setPeriodic(intervalMs, id -> {
            if (!scanning.compareAndSet(false, true)) return;
            vertx.executeBlocking(this::scan, false).onComplete(r -> {
                scanning.set(false);
                if (r.succeeded() && !r.result().isEmpty()) handler.handle(r.result());
            });
        });
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> {
                String n = f.getFileName().toString();
                return !n.startsWith(".") && (n.endsWith(".yaml") || n.endsWith(".yml"));
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
