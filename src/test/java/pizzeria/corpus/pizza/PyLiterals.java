package pizzeria.corpus.pizza;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Python literals the corpus scripts keep their tables in ({@code SIZES = {...}}), so the port of
 * {@code score.py} uses the very tables it does rather than a copy of them. Understands what those literals
 * are written with: dicts, lists, tuples (read as lists), strings (r-prefixed, adjacent ones joined), ints,
 * None/True/False, comments and trailing commas.
 */
final class PyLiterals {
    private final String src;
    private int at;

    private PyLiterals(String src, int at) {
        this.src = src;
        this.at = at;
    }

    /** The literal that follows {@code prefix} where it starts a line, e.g. {@code "CRUSTS = "}. */
    static Object after(String source, String prefix) {
        int i = source.startsWith(prefix) ? 0 : source.indexOf("\n" + prefix);
        if (i < 0) throw new IllegalArgumentException("no line starts with " + prefix);
        return new PyLiterals(source, (i == 0 ? 0 : i + 1) + prefix.length()).value();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> dict(String source, String prefix) {
        return (Map<String, Object>) after(source, prefix);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(String source, String prefix) {
        return (List<Object>) after(source, prefix);
    }

    static String string(String source, String prefix) {
        return (String) after(source, prefix);
    }

    private Object value() {
        skip();
        char c = src.charAt(at);
        if (c == '{') return dictBody();
        if (c == '[') return sequence(']');
        if (c == '(') return sequence(')');
        if (c == '"' || c == '\'' || (c == 'r' && (src.charAt(at + 1) == '"' || src.charAt(at + 1) == '\''))) return strings();
        if (src.startsWith("None", at)) { at += 4; return null; }
        if (src.startsWith("True", at)) { at += 4; return true; }
        if (src.startsWith("False", at)) { at += 5; return false; }
        int start = at;
        while (at < src.length() && (Character.isDigit(src.charAt(at)) || src.charAt(at) == '-')) at++;
        if (start == at) throw new IllegalArgumentException("not a literal at " + src.substring(start, Math.min(src.length(), start + 40)));
        return Integer.parseInt(src.substring(start, at));
    }

    private Map<String, Object> dictBody() {
        Map<String, Object> out = new LinkedHashMap<>();
        at++;
        while (true) {
            skip();
            if (src.charAt(at) == '}') { at++; return out; }
            String key = (String) value();
            skip();
            expect(':');
            out.put(key, value());
            skip();
            if (src.charAt(at) == ',') at++;
        }
    }

    private List<Object> sequence(char close) {
        List<Object> out = new ArrayList<>();
        at++;
        while (true) {
            skip();
            if (src.charAt(at) == close) { at++; return out; }
            out.add(value());
            skip();
            if (src.charAt(at) == ',') at++;
        }
    }

    /** One string, or several written next to each other (Python joins them). */
    private String strings() {
        StringBuilder out = new StringBuilder();
        while (true) {
            skip();
            if (at >= src.length()) return out.toString();
            char c = src.charAt(at);
            boolean raw = c == 'r' && (src.charAt(at + 1) == '"' || src.charAt(at + 1) == '\'');
            if (!raw && c != '"' && c != '\'') return out.toString();
            if (raw) at++;
            char quote = src.charAt(at++);
            while (src.charAt(at) != quote) {
                char ch = src.charAt(at++);
                if (ch == '\\' && !raw) {
                    char e = src.charAt(at++);
                    out.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                } else if (ch == '\\') {
                    out.append(ch).append(src.charAt(at++));
                } else {
                    out.append(ch);
                }
            }
            at++;
        }
    }

    private void skip() {
        while (at < src.length()) {
            char c = src.charAt(at);
            if (c == '#') {
                while (at < src.length() && src.charAt(at) != '\n') at++;
            } else if (Character.isWhitespace(c)) {
                at++;
            } else {
                return;
            }
        }
    }

    private void expect(char c) {
        if (src.charAt(at) != c) throw new IllegalArgumentException("expected " + c + " at " + src.substring(at, Math.min(src.length(), at + 40)));
        at++;
    }

    /** The strings of a literal list. */
    static List<String> strings(List<Object> values) {
        return Arrays.asList(values.stream().map(String.class::cast).toArray(String[]::new));
    }
}
