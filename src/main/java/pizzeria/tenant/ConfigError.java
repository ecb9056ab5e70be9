package pizzeria.tenant;

/** A problem in a tenant file, where it is (path and 1-based line; 0 when unknown), and what is wrong. */
public record ConfigError(String path, int line, String message) {
    @Override
    public String toString() {
        return "line " + line + ", " + path + ": " + message;
    }
}
