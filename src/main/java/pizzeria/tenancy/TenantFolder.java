package pizzeria.tenancy;

import pizzeria.tenant.Sha256;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
    private static final int FULL_SCAN_EVERY = 60;

    private record Seen(long size, FileTime modified, String sha) { }

    private final Path dir;
    private final Map<Path, Seen> seen = new HashMap<>();
    private int scans;
    private final AtomicBoolean scanning = new AtomicBoolean();

    public TenantFolder(Path dir) {
        this.dir = dir;
    }

    /** Files new or changed since the last scan, and files gone. Blocking: call it off the event loop. */
    public synchronized List<FolderChange> scan() {
        List<FolderChange> changes = new ArrayList<>();
        Map<Path, Seen> now = new HashMap<>();
        boolean full = scans++ % FULL_SCAN_EVERY == 0;
        for (Path file : files()) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                Seen before = seen.get(file);
                if (!full && before != null && before.size() == attributes.size() && before.modified().equals(attributes.lastModifiedTime())) {
                    now.put(file, before);
                    continue;
                }
                String yaml = Files.readString(file);
                String sha = Sha256.of(yaml);
                now.put(file, new Seen(attributes.size(), attributes.lastModifiedTime(), sha));
                if (before == null || !sha.equals(before.sha())) changes.add(new FolderChange(file, yaml, sha));
            } catch (IOException e) {
                // a file being written or removed right now: the next scan sees it whole
            }
        }
        seen.keySet().stream().filter(f -> !now.containsKey(f)).forEach(f -> changes.add(new FolderChange(f, null, null)));
        seen.clear();
        seen.putAll(now);
        return changes;
    }

    public void watch(Vertx vertx, long intervalMs, Handler<List<FolderChange>> handler) {
        vertx.setPeriodic(intervalMs, id -> {
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
