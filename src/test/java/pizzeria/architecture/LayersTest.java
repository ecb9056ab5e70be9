package pizzeria.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on the compiled classes: a pure core (no Vert.x, network, file or database
 * code) that never reaches into the shell around it, packages without cycles, and plugins that see only the
 * plugin SPI.
 */
@DisplayName("The code's layers")
class LayersTest {
    /** The pure core: the menu SPI, orders, the phase machine, understanding, the conversation, tenants as data. */
    static final String[] CORE = {"pizzeria.config..", "pizzeria.menu..", "pizzeria.order..", "pizzeria.flow..",
            "pizzeria.understand..", "pizzeria.call..", "pizzeria.spoken..", "pizzeria.tenant.."};
    /** I/O at the edges: tenants' files and registry, the database, HTTP, the model, the phone, metrics, the outbox's sender. */
    static final String[] SHELL = {"pizzeria.tenancy..", "pizzeria.store..", "pizzeria.http..", "pizzeria.llm..",
            "pizzeria.voice..", "pizzeria.ops..", "pizzeria.outbox..", "pizzeria.console.."};
    /** What a menu plugin may see of the gateway. */
    static final String[] PLUGIN_SPI = {"pizzeria.menu..", "pizzeria.config..", "pizzeria.spoken.."};

    static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pizzeria");

    @Test
    @DisplayName("the core never depends on the shell or on the wiring")
    void coreIsBelowShell() {
        check(noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat().resideInAnyPackage(SHELL)
                .orShould().dependOnClassesThat().resideInAPackage("pizzeria"));
    }

    @Test
    @DisplayName("the core has no Vert.x, network, file or database code")
    void coreIsPure() {
        check(noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage("io.vertx..", "io.netty..", "java.net..", "java.nio.file..", "java.nio.channels..",
                        "java.sql..", "javax.sql..", "io.zonky..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|RandomAccess).*"));
    }

    @Test
    @DisplayName("the conversation is a pure function: no locks, futures or threads in it")
    void conversationIsPure() {
        check(noClasses().that().haveNameMatching("pizzeria\\.call\\.(Conversation|CallState|CallEvent|Effect|Step|Reply|ReplyWriter|Answers|Templates|Sentence|TurnActions)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("java.util.concurrent..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Thread.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.time.Clock.class.getName())
                .orShould().dependOnClassesThat().resideInAnyPackage(SHELL));
    }

    @Test
    @DisplayName("no package depends on another in a cycle")
    void noCycles() {
        check(slices().matching("pizzeria.(**)").should().beFreeOfCycles());
    }

    @Test
    @DisplayName("only the wiring (Main, Gateway, Settings) lives in the root package, and nothing depends on it")
    void rootIsTheTop() {
        check(noClasses().that().resideOutsideOfPackage("pizzeria").should().dependOnClassesThat().resideInAPackage("pizzeria"));
    }

    @Test
    @DisplayName("plugins use only the plugin SPI")
    void pluginsSeeOnlyTheSpi() {
        String[] allowed = new String[PLUGIN_SPI.length + 2];
        System.arraycopy(PLUGIN_SPI, 0, allowed, 0, PLUGIN_SPI.length);
        allowed[PLUGIN_SPI.length] = "pizzeria.plugin..";
        allowed[PLUGIN_SPI.length + 1] = "java..";
        check(classes().that().resideInAPackage("pizzeria.plugin..").should().onlyDependOnClassesThat()
                .resideInAnyPackage(allowed));
    }

    private static void check(ArchRule rule) {
        rule.check(GATEWAY);
    }
}
