package pizzeria.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Which user PostgreSQL's processes must run as: none needed unless we are root. */
final class OsUser {
    private OsUser() { }

    static Optional<String> unprivileged() {
        if (!"root".equals(System.getProperty("user.name"))) return Optional.empty();
        try {
            boolean hasPostgres = Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith("postgres:"));
            return Optional.of(hasPostgres ? "postgres" : "nobody");
        } catch (IOException e) {
            return Optional.of("nobody");
        }
    }
}
