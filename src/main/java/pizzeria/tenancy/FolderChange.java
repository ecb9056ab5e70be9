package pizzeria.tenancy;

import java.nio.file.Path;
import pizzeria.tenant.ConfigError;

/**
 * What a scan found of one tenant file: new or changed ({@code yaml} is its text), deleted (really gone), or
 * unreadable ({@code problem} says why and where; whatever version it had stays live).
 */
public record FolderChange(Path file, String yaml, String sha256, ConfigError problem) {
    static FolderChange changed(Path file, String yaml, String sha256) {
        return new FolderChange(file, yaml, sha256, null);
    }

    static FolderChange deleted(Path file) {
        return new FolderChange(file, null, null, null);
    }

    static FolderChange unreadable(Path file, int line, String message) {
        return new FolderChange(file, null, null, new ConfigError("", line, message));
    }

    public boolean deleted() {
        return yaml == null && problem == null;
    }
}
