package pizzeria.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import pizzeria.tenancy.PluginJars;
import pizzeria.tenant.Tenant;
import pizzeria.tenant.TenantParser;

/** Tenants parsed straight from their files, for tests of the pure core. */
public final class Tenants {
    private static Tenant reference;

    private Tenants() { }

    public static synchronized Tenant reference() {
        if (reference == null) reference = parse(RunningGateway.SPEC.resolve("restaurant.example.yaml"));
        return reference;
    }

    public static Tenant parse(Path file) {
        try {
            var result = new TenantParser(PluginJars.load(Path.of("target", "no-plugins"))).parse(Files.readString(file));
            if (!result.ok()) throw new AssertionError(file + " does not load: " + result.errors());
            return result.tenant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
