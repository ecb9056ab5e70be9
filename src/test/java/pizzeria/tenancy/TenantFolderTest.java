package pizzeria.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The tenants folder's scan")
class TenantFolderTest {
    @TempDir
    Path dir;

    /** Moves a file's modification time on, so the scan reads it again (the test runs faster than a clock tick). */
    private static void touch(Path file, int seconds) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(seconds)));
    }

    @Test
    @DisplayName("a file with a byte that is not UTF-8 is reported with its line and byte, and does not count as deleted")
    void badByte() throws Exception {
        TenantFolder folder = new TenantFolder(dir);
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, "id: shop\nname: Caf\u00e9\n");
        touch(file, 1);
        assertThat(folder.scan()).singleElement().satisfies(c -> assertThat(c.yaml()).contains("Café"));

        byte[] latin1 = "id: shop\nname: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);
        touch(file, 2);
        List<FolderChange> changes = folder.scan();
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.deleted()).isFalse();
            assertThat(c.yaml()).isNull();
            assertThat(c.problem()).isNotNull();
            assertThat(c.problem().line()).isEqualTo(2);
            assertThat(c.problem().message()).contains("UTF-8").contains("byte 19");
        });
        assertThat(folder.scan()).as("reported once, not at every scan").isEmpty();
        for (int i = 0; i < 61; i++) assertThat(folder.scan()).as("not even at a full scan").isEmpty();

        Files.writeString(file, "id: shop\nname: Caf\u00e9 Two\n");
        touch(file, 3);
        assertThat(folder.scan()).singleElement().satisfies(c -> assertThat(c.yaml()).contains("Café Two"));
        Files.delete(file);
        assertThat(folder.scan()).singleElement().satisfies(c -> assertThat(c.deleted()).isTrue());
    }

    @Test
    @DisplayName("a file over the size cap is refused without being read, and does not count as deleted")
    void tooLarge() throws Exception {
        TenantFolder folder = new TenantFolder(dir);
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "id: big\n");
        touch(file, 1);
        assertThat(folder.scan()).hasSize(1);
        try (var out = Files.newOutputStream(file)) {
            out.write("id: big\n".getBytes(StandardCharsets.UTF_8));
            byte[] filler = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i <= TenantFolder.MAX_FILE_BYTES / filler.length; i++) out.write(filler);
        }
        touch(file, 2);
        assertThat(folder.scan()).singleElement().satisfies(c -> {
            assertThat(c.deleted()).isFalse();
            assertThat(c.yaml()).isNull();
            assertThat(c.problem().message()).contains("larger than").contains("1 MB");
        });
        assertThat(folder.scan()).isEmpty();
    }
}
