package pizzeria.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pizzeria.store.Database;
import pizzeria.store.TenantStore;
import pizzeria.tenant.Tenant;
import pizzeria.tenant.TenantParser;
import pizzeria.testing.TestPostgres;

@DisplayName("A start holds versions and schemas until it ends, on a real PostgreSQL")
class StartUpTest {
    private static Vertx vertx;
    private static Database db;
    private static TenantStore tenants;
    private static String shack;
    @TempDir
    static Path folder;

    @BeforeAll
    static void connect() throws IOException {
        vertx = Vertx.vertx();
        db = Database.connect(vertx, TestPostgres.freshDatabase("startup")).await();
        tenants = new TenantStore(db.pool());
        shack = Files.readString(Path.of("restaurants", "slice-shack.yaml"));
    }

    @AfterAll
    static void close() {
        db.close().await();
        vertx.close().await();
    }

    /** A gateway process's onboarding, with its own registry. */
    private static Onboarding onboarding() {
        return new Onboarding(vertx, new TenantParser(PluginJars.load(Path.of("target", "no-plugins"))), new TenantRegistry(),
                tenants, db, folder);
    }

    private static String shop(String id, String number) {
        return shack.replace("id: slice-shack", "id: " + id)
                .replace("phone_numbers: [\"+12155550177\", \"+12155550178\"]", "phone_numbers: [\"" + number + "\"]");
    }

    private static boolean schemaExists(String tenantId) {
        return db.pool().preparedQuery("SELECT count(*) FROM information_schema.schemata WHERE schema_name = $1")
                .execute(Tuple.of(Tenant.schemaOf(tenantId))).map(rows -> rows.iterator().next().getLong(0) > 0).await();
    }

    private static Optional<Integer> storedVersion(String tenantId) {
        return tenants.list().await().stream().filter(t -> t.getString("id").equals(tenantId))
                .map(t -> t.getInteger("version")).findFirst();
    }

    private static void settled(Onboarding onboarding) {
        onboarding.allRecorded().await();
        db.schemasSettled().await();
    }

    @Test
    @DisplayName("a new tenant serves at once; its version and schema are made once the start ends; ending twice is harmless")
    void heldUntilTheEnd() {
        Onboarding onboarding = onboarding();
        StartUp start = StartUp.begin(onboarding, tenants, db).await();
        Onboarding.Outcome a = start.onboard(shop("start-a", "+15556001")).await();
        assertThat(a.ok()).isTrue();
        assertThat(a.tenant().version()).as("the number it will be recorded as").isEqualTo(1);
        assertThat(onboarding.versionsPending()).as("recorded once the start ends").isEqualTo(1);
        assertThat(storedVersion("start-a")).isEmpty();
        assertThat(db.schemasPending()).as("made once the start ends").isEqualTo(1);
        assertThat(schemaExists("start-a")).isFalse();

        start.end();
        start.end();
        assertThat(start.ended()).isTrue();
        settled(onboarding);
        assertThat(onboarding.versionsPending()).isZero();
        assertThat(db.schemasPending()).isZero();
        assertThat(storedVersion("start-a")).contains(1);
        assertThat(schemaExists("start-a")).isTrue();

        Onboarding.Outcome late = start.onboard(shop("start-late", "+15556002")).await();
        assertThat(late.ok()).isTrue();
        assertThat(storedVersion("start-late")).as("after the end, recorded before it goes live").contains(1);
        assertThat(onboarding.versionsPending()).isZero();
        settled(onboarding);
    }

    @Test
    @DisplayName("an upload waits for its version and schema, during the start and after it")
    void uploadWaitsForItsSchema() {
        Onboarding onboarding = onboarding();
        StartUp start = StartUp.begin(onboarding, tenants, db).await();
        assertThat(start.onboard(shop("held-a", "+15556011")).await().ok()).isTrue();

        Onboarding.Outcome during = onboarding.upload(shop("uploaded-b", "+15556012"), "uploaded-b").await();
        assertThat(during.ok()).isTrue();
        assertThat(storedVersion("uploaded-b")).contains(1);
        assertThat(schemaExists("uploaded-b")).isTrue();
        assertThat(schemaExists("held-a")).as("the start's own schemas still wait").isFalse();
        assertThat(db.schemasPending()).isEqualTo(1);

        start.end();
        settled(onboarding);
        assertThat(schemaExists("held-a")).isTrue();
        Onboarding.Outcome after = onboarding.upload(shop("uploaded-c", "+15556013"), "uploaded-c").await();
        assertThat(after.ok()).isTrue();
        assertThat(storedVersion("uploaded-c")).contains(1);
        assertThat(schemaExists("uploaded-c")).isTrue();
    }

    @Test
    @DisplayName("a restart writes nothing for an unchanged tenant; a changed one serves its next number at once")
    void restartWritesWhatChanged() {
        String same = shop("again-same", "+15556021");
        String changed = shop("again-changed", "+15556022");
        Onboarding first = onboarding();
        StartUp start = StartUp.begin(first, tenants, db).await();
        start.onboard(same).await();
        start.onboard(changed).await();
        start.end();
        settled(first);

        Onboarding second = onboarding();
        StartUp restart = StartUp.begin(second, tenants, db).await();
        assertThat(restart.onboard(same).await().tenant().version()).isEqualTo(1);
        assertThat(second.versionsPending()).as("unchanged: nothing to write").isZero();
        Onboarding.Outcome c = restart.onboard(changed.replace("name: The Slice Shack\n", "name: The Slice Shack Two\n")).await();
        assertThat(c.tenant().version()).as("live at once with the number it will get").isEqualTo(2);
        assertThat(second.versionsPending()).isEqualTo(1);
        assertThat(storedVersion("again-changed")).contains(1);
        restart.end();
        settled(second);
        assertThat(storedVersion("again-changed")).contains(2);
        assertThat(storedVersion("again-same")).contains(1);
    }
}
