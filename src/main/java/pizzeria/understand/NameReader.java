package pizzeria.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a person's name from an answer like "Mike", "it's Mike Jones" or "put it under Priya". */
final class NameReader {
    private static final Phrases LEADS = Phrases.of("my name is", "my name's", "name is", "name's", "the name is",
            "it's", "it is", "this is", "i'm", "i am", "under", "put it under", "you can put it under", "put it", "for",
            "yeah", "yes", "sure", "ok", "okay", "um", "uh", "oh", "hi", "it'll be", "just");
    private static final Set<String> STOP = Set.copyOf(List.of(",", "please", "thanks", "thank", "and", "for", "pickup", "pick",
            "delivery", "yes", "yeah", "no"));

    private NameReader() { }

    static Optional<String> read(List<Token> tokens) {
        List<Token> rest = tokens;
        for (int guard = 0; guard < 4 && LEADS.leads(rest); guard++) rest = LEADS.withoutLeading(rest);
        List<String> words = new ArrayList<>();
        for (Token t : rest) {
            if (STOP.contains(t.text()) || t.isNumber() || !t.text().matches("[a-z][a-z'-]*")) {
                if (!words.isEmpty()) break;
                continue;
            }
            words.add(Character.toUpperCase(t.text().charAt(0)) + t.text().substring(1));
            if (words.size() == 3) break;
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }
}
