package pizzeria.tenant;

import java.util.List;

/**
 * A parsed tenant file: the tenant (version 0), or every problem with its line. Line numbers are worked out
 * from the text only when asked for (a second YAML pass that a good file never needs: ten thousand tenants load
 * at every start).
 */
public record ParseResult(Tenant tenant, List<ConfigError> errors, String yaml) {
    public ParseResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return tenant != null;
    }

    public int lineOf(String path) {
        return yaml == null ? 0 : LineMap.of(yaml).lineOf(path);
    }
}
