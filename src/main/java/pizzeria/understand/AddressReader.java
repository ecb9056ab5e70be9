package pizzeria.understand;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a street address and a US zip code in what the caller said. */
final class AddressReader {
    private static final Pattern ZIP = Pattern.compile("\\b(\\d{5})\\b");
    private static final Pattern LEAD = Pattern.compile(
            "(?i)\\b(for |it's |it is |my |the |address |is |delivery|deliver it|deliver|to |please|at |yes|yeah)\\b");
    private static final Pattern STREET_CHUNK = Pattern.compile("^(\\d+[A-Za-z]?\\s+[A-Za-z][A-Za-z0-9 .'-]*)$");
    private static final Pattern STREET_TAIL = Pattern.compile("\\b(\\d{2,}[A-Za-z]?\\s+[A-Za-z][A-Za-z0-9 .'-]*)$");
    private static final Pattern STREET_ANYWHERE = Pattern.compile("(?i)\\b(\\d+[A-Za-z]?\\s+(?:[A-Za-z0-9.']+\\s+){0,4}?"
            + "(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|place|pl|court|ct|way|terrace|"
            + "parkway|pkwy|highway|hwy|square|plaza))\\b");

    private AddressReader() { }

    static Optional<String> zip(String text) {
        Matcher m = ZIP.matcher(text);
        String last = null;
        while (m.find()) last = m.group(1);
        return Optional.ofNullable(last);
    }

    static Optional<String> street(String text) {
        for (String chunk : text.split("[,;]")) {
            String c = LEAD.matcher(chunk).replaceAll(" ").trim().replaceAll("\\s+", " ");
            c = c.replaceAll("\\s+\\d{5}$", "");
            Matcher street = STREET_ANYWHERE.matcher(c);
            if (street.find()) return Optional.of(titleCase(street.group(1)));
            if (STREET_CHUNK.matcher(c).matches()) return Optional.of(titleCase(c));
            // "bring it to 1010 west belmont": the house number and the words after it, with no street word
            Matcher tail = STREET_TAIL.matcher(c);
            if (tail.find()) return Optional.of(titleCase(tail.group(1)));
        }
        Matcher m = STREET_ANYWHERE.matcher(text);
        return m.find() ? Optional.of(titleCase(m.group(1))) : Optional.empty();
    }

    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.split(" ")) {
            if (out.length() > 0) out.append(' ');
            out.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}
