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
 */
public final class LocalPostgres {
    private static final String BUNDLE = "/postgres-linux-x86_64.txz";

    private final Path data;
    private final int port;
    private final boolean durable;
    private Path bin;

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

    /** Starts the server unless it already runs on this folder; returns its URL. */
    public synchronized String start() throws IOException, InterruptedException {
        bin = binaries();
        Files.createDirectories(data);
        Optional<String> user = OsUser.unprivileged();
        if (user.isPresent()) Commands.run(List.of("chown", "-R", user.get(), data.toString()), null);
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            Commands.run(asUser(user, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--no-locale")), null);
        }
        if (!running(user)) {
            String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                    + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            Commands.run(asUser(user, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    data.resolve("server.log").toString(), "-w", "-t", "60", "-o", options, "start")), data.resolve("server.log"));
        }
        return "postgresql://postgres@127.0.0.1:" + port + "/postgres";
    }

    public synchronized void stop() {
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
