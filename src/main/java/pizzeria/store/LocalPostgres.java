package pizzeria.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The embedded default database: a real PostgreSQL server whose data lives in a folder of ours. It
 * prefers the machine's own PostgreSQL binaries and falls back on those shipped in the zonky jar.
 * PostgreSQL refuses to run as root, so as root its processes run as the {@code postgres} user (or
 * {@code nobody}). Every method blocks: call them off the event loop.
 *
 * <p>The server asks for a password (SCRAM), made at its first start and kept beside its folder, readable by
 * us only: other users of the machine get nothing. A lock file beside the folder is held for as long as this
 * process uses the server, so a second gateway on the same folder stops at once with a clear message instead
 * of sharing (and later stopping) the first one's server. {@link #supervise} starts the server again if it dies.
 */
public final class LocalPostgres {
    private static final String BUNDLE = "/postgres-linux-x86_64.txz";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(LocalPostgres.class.getName());

    private final Path data;
    private final int port;
    private final boolean durable;
    private Path bin;
    private String password;
    private java.nio.channels.FileChannel lockFile;
    private java.nio.channels.FileLock lock;
    private java.util.concurrent.ScheduledExecutorService supervisor;
    private volatile boolean stopping;

    private LocalPostgres(Path data, int port, boolean durable) {
        this.data = data.toAbsolutePath();
        this.port = port;
        this.durable = durable;
    }

    /** A server that keeps its data safely across restarts. */
    public static LocalPostgres at(Path data, int port) {
        return new LocalPostgres(data, port, true);
    }

    /** A throwaway server for tests: no fsync, so tests do not wait on the disk. */
    public static LocalPostgres forTests(Path data, int port) {
        return new LocalPostgres(data, port, false);
    }

    /** Starts the server unless it already runs on this folder; returns its URL (with its password). */
    public synchronized String start() throws IOException, InterruptedException {
        bin = binaries();
        Files.createDirectories(data);
        lock();
        Optional<String> user = OsUser.unprivileged();
        if (user.isPresent()) Commands.run(List.of("chown", "-R", user.get(), data.toString()), null);
        password = password();
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            // initdb reads the password from a file (outside the folder it must find empty); removed at once.
            Path pwfile = Files.createTempFile(data.getParent(), data.getFileName() + ".pw", "");
            try {
                Files.writeString(pwfile, password);
                if (user.isPresent()) Commands.run(List.of("chown", user.get(), pwfile.toString()), null);
                Commands.run(asUser(user, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                        "-A", "scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--no-locale")), null);
            } finally {
                Files.deleteIfExists(pwfile);
            }
        } else if (Files.readString(data.resolve("pg_hba.conf")).lines().anyMatch(l -> l.matches("^\\s*(host|local).*\\btrust\\s*$"))) {
            LOG.warning("the embedded PostgreSQL in " + data + " was made before passwords and still trusts every local user:"
                    + " stop the gateway and remove that folder to have it made again with a password");
        }
        if (!running(user)) launch(user);
        return "postgresql://postgres:" + password + "@127.0.0.1:" + port + "/postgres";
    }

    private void launch(Optional<String> user) throws IOException, InterruptedException {
        // A clash named for what it is: pg_ctl would only say the server did not start, and point at its log.
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress("127.0.0.1", port));
        } catch (IOException inUse) {
            throw new IOException("port " + port + " is already in use on 127.0.0.1 by another program, so the embedded"
                    + " PostgreSQL cannot listen there: stop that program or set EMBEDDED_DB_PORT to a free port");
        }
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        Commands.run(asUser(user, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                data.resolve("server.log").toString(), "-w", "-t", "60", "-o", options, "start")), data.resolve("server.log"));
    }

    /** The lock beside the folder, held until {@link #stop}: one gateway per embedded server. */
    private void lock() throws IOException {
        if (lock != null) return;
        Path file = data.resolveSibling(data.getFileName() + ".lock");
        lockFile = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.READ);
        try {
            lock = lockFile.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException sameProcess) {
            lock = null; // held by another user of the folder in this very process
        }
        if (lock == null) {
            String holder = Files.readString(file).trim();
            lockFile.close();
            lockFile = null;
            throw new IOException("the embedded PostgreSQL in " + data + " is in use by another gateway"
                    + (holder.isEmpty() ? "" : " (process " + holder + ")") + ": stop that one first, or give this one its own"
                    + " DATA_DIR and EMBEDDED_DB_PORT (or a DATABASE_URL)");
        }
        lockFile.truncate(0);
        lockFile.write(java.nio.ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes()), 0);
    }

    /** The server's password: made once, kept beside the folder, readable by its owner only. */
    private String password() throws IOException {
        Path file = data.resolveSibling(data.getFileName() + ".password");
        if (Files.exists(file)) return Files.readString(file).trim();
        byte[] random = new byte[24];
        new java.security.SecureRandom().nextBytes(random);
        String made = java.util.HexFormat.of().formatHex(random);
        Files.writeString(file, made);
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without modes: as private as its folder
        }
        return made;
    }

    /** The postmaster's process id, from its pid file (empty when it is not running). */
    public Optional<Long> pid() {
        try {
            List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
            if (lines.isEmpty()) return Optional.empty();
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks every {@code every} that the server still runs and starts it again if it died (it recovers from its
     * write-ahead log); a start that fails is tried again at the next check. A frozen server is not restarted.
     */
    public synchronized void supervise(java.time.Duration every) {
        if (supervisor != null) return;
        supervisor = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "postgres-supervisor");
            t.setDaemon(true);
            return t;
        });
        supervisor.scheduleWithFixedDelay(this::restartIfDead, every.toMillis(), every.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void restartIfDead() {
        if (stopping || pid().isPresent()) return;
        synchronized (this) {
            if (stopping || pid().isPresent()) return;
            LOG.warning("the embedded PostgreSQL in " + data + " is not running: starting it again");
            try {
                launch(OsUser.unprivileged());
                LOG.info("the embedded PostgreSQL is running again");
            } catch (IOException e) {
                LOG.warning("the embedded PostgreSQL did not start again (tried again shortly): " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the server, only if this one holds the folder's lock: never a server another gateway is using. */
    public synchronized void stop() {
        stopping = true;
        if (supervisor != null) supervisor.shutdownNow();
        if (lock == null) return;
        try {
            stopServer();
        } finally {
            unlock();
        }
    }

    private void unlock() {
        try {
            if (lock != null) lock.release();
            if (lockFile != null) lockFile.close();
        } catch (IOException e) {
            // released with the process anyway
        }
        lock = null;
        lockFile = null;
    }

    private void stopServer() {
        if (bin == null) return;
        try {
            Commands.run(asUser(OsUser.unprivileged(), List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(),
                    "-m", "fast", "-w", "stop")), null);
        } catch (IOException | InterruptedException e) {
            // already stopped, or the machine is going down: nothing left to do
        }
    }

    private boolean running(Optional<String> user) throws InterruptedException {
        try {
            Commands.run(asUser(user, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "status")), null);
            return true;
        } catch (IOException notRunning) {
            return false;
        }
    }

    private static List<String> asUser(Optional<String> user, List<String> command) {
        if (user.isEmpty()) return command;
        List<String> out = new ArrayList<>(List.of("runuser", "-u", user.get(), "--"));
        out.addAll(command);
        return out;
    }

    /** PG_BIN, else the newest /usr/lib/postgresql/N/bin, else the binaries in the zonky jar. */
    private static Path binaries() throws IOException, InterruptedException {
        String env = System.getenv("PG_BIN");
        if (env != null && !env.isBlank()) return Path.of(env);
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("postgres")) && Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
                if (newest.isPresent()) return newest.get();
            }
        }
        return bundled();
    }

    private static Path bundled() throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "pizzeria-postgres-bundle");
        if (Files.isExecutable(dir.resolve("bin/postgres"))) return dir.resolve("bin");
        try (InputStream in = LocalPostgres.class.getResourceAsStream(BUNDLE)) {
            if (in == null) throw new IOException("no PostgreSQL found: set PG_BIN or DATABASE_URL");
            Files.createDirectories(dir);
            Path archive = dir.resolve("postgres.txz");
            Files.copy(in, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Commands.run(List.of("tar", "-xJf", archive.toString(), "-C", dir.toString()), null);
            Commands.run(List.of("chmod", "-R", "a+rX", dir.toString()), null);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return dir.resolve("bin");
    }
}
