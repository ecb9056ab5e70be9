package pizzeria.console;

import static pizzeria.console.Html.esc;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pizzeria.tenant.ConfigError;

/** A refused upload of a restaurant's file: each problem by line, and the text with those lines marked. */
final class UploadErrors {
    private UploadErrors() { }

    /** Nothing when there are no errors; {@code kept} says what stays as it was ("the menu callers hear is unchanged"). */
    static String render(String yaml, List<ConfigError> errors, String kept) {
        if (errors.isEmpty()) return "";
        StringBuilder out = new StringBuilder("<section class=\"upload-errors\" role=\"alert\"><h2>Not uploaded: ").append(errors.size())
                .append(errors.size() == 1 ? " problem" : " problems").append(" (").append(esc(kept)).append(")</h2><ul>");
        for (ConfigError e : errors) {
            out.append("<li class=\"error\">line ").append(e.line()).append(" (").append(esc(e.path())).append("): ")
                    .append(esc(e.message())).append("</li>");
        }
        return out.append("</ul>").append(numbered(yaml, errors)).append("</section>").toString();
    }

    /** The uploaded text with line numbers, the lines with a problem marked and their messages beside them. */
    private static String numbered(String yaml, List<ConfigError> errors) {
        Map<Integer, List<ConfigError>> byLine = errors.stream().collect(Collectors.groupingBy(ConfigError::line));
        StringBuilder out = new StringBuilder("<ol class=\"yaml-lines\">");
        String[] lines = yaml == null ? new String[0] : yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            List<ConfigError> here = byLine.getOrDefault(i + 1, List.of());
            out.append("<li").append(here.isEmpty() ? "" : " class=\"bad\" id=\"line-" + (i + 1) + "\"").append("><code>")
                    .append(esc(lines[i])).append("</code>");
            for (ConfigError e : here) out.append("<span class=\"why\">").append(esc(e.message())).append("</span>");
            out.append("</li>");
        }
        return out.append("</ol>").toString();
    }
}
