package pizzeria.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the gateway ships with: a logging provider for its libraries, and no database builds for other systems. */
@DisplayName("The runtime classpath")
class RuntimeClasspathTest {
    @Test
    @DisplayName("SLF4J logs through java.util.logging, so a start prints no 'no SLF4J providers' warning")
    void slf4jHasAProvider() {
        assertThat(org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName()).isEqualTo("org.slf4j.jul.JDK14LoggerFactory");
    }

    @Test
    @DisplayName("the embedded PostgreSQL comes only for Linux x86-64: no macOS, Windows or Alpine builds")
    void onlyTheLinuxDatabaseBuild() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(loader.getResource("postgres-linux-x86_64.txz")).isNotNull();
        for (String other : new String[] {"postgres-darwin-x86_64.txz", "postgres-windows-x86_64.txz", "postgres-linux-x86_64-alpine_linux.txz"}) {
            assertThat(loader.getResource(other)).as(other).isNull();
        }
    }
}
