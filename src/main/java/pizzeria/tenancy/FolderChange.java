package pizzeria.tenancy;

import java.nio.file.Path;

/** A tenant file that appeared or changed ({@code yaml} is its text), or was deleted ({@code yaml} null). */
public record FolderChange(Path file, String yaml, String sha256) {
}
