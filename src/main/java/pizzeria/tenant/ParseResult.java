package pizzeria.tenant;

import java.util.List;

/** A parsed tenant file: the tenant (version 0), or every problem with its line. */
public record ParseResult(Tenant tenant, List<ConfigError> errors, LineMap lines) {
    public ParseResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return tenant != null;
    }

    public int lineOf(String path) {
        return lines == null ? 0 : lines.lineOf(path);
    }
}
