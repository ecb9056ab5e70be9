package pizzeria.tenant;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A tenant file that is not YAML (or gives a key twice), as a problem at the line to fix. Jackson's own location
 * is where its reader had got to, often the line before; SnakeYAML's problem mark is where the problem is.
 */
final class YamlSyntax {
    private YamlSyntax() { }

    static ConfigError error(JsonProcessingException e, String yaml) {
        Mark mark = problemMark(e);
        int line = mark != null ? mark.getLine() + 1 : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        // A problem found at the end of the text (an unclosed bracket) is shown on the text's last line.
        line = Math.min(line, (int) yaml.lines().count());
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate field")) {
            return new ConfigError(path(e), line, message.replace("Duplicate field", "the key is given twice:")
                    .replaceAll(" for `[^`]*`$", ""));
        }
        return new ConfigError("", line, "not valid YAML: " + why(e, message));
    }

    /** SnakeYAML's problem and what it was reading, without its copy of the text and caret. */
    private static String why(Throwable e, String fallback) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m && m.getProblem() != null) {
                Mark from = m.getContextMark();
                return m.getProblem() + (m.getContext() == null ? "" : " (" + m.getContext()
                        + (from == null ? "" : " that begins on line " + (from.getLine() + 1)) + ")");
            }
        }
        return fallback;
    }

    private static Mark problemMark(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) return m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
        }
        return null;
    }

    /** Where the reader was ("menu[0].pizzas[1].name" for /menu/0/pizzas/1/name). */
    private static String path(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) return "";
        StringBuilder out = new StringBuilder();
        for (JsonPointer p = parser.getParsingContext().pathAsPointer(); p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) out.append('[').append(p.getMatchingIndex()).append(']');
            else out.append(out.length() == 0 ? "" : ".").append(p.getMatchingProperty());
        }
        return out.toString();
    }
}
