package pizzeria.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a person's name from an answer like "Mike", "it's Mike Jones" or "put it under Priya". */
final class NameReader {
    private static final Phrases LEADS = Phrases.of("my name is", "my name's", "name is", "name's", "the name is",
            "it's", "it is", "this is", "i'm", "i am", "under", "put it under", "you can put it under", "put it", "for",
            "yeah", "yes", "sure", "ok", "okay", "um", "uh", "oh", "hi", "it'll be", "just", "put", "put it down as",
            "put me down as", "put me down for", "put down", "you can put", "call it", "make it", "the name", "name");
    private static final Set<String> STOP = Set.copyOf(List.of(",", "please", "thanks", "thank", "and", "for", "pickup", "pick",
            "delivery", "yes", "yeah", "no"));

    /**
     * Common words no one is named for: an answer made of them ("is anybody there I can talk to", "what was that
     * last part") is not a name, whatever phase asked for one.
     */
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of("what", "what's", "was", "is", "are", "that", "this",
            "who", "whoever", "whoever's", "how", "why", "when", "where", "there", "here", "can", "could", "would", "you",
            "me", "i", "i'm", "we", "speak", "talk", "talking", "someone", "somebody", "anybody", "anyone", "person",
            "robot", "store", "manager", "charge", "excuse", "sorry", "again", "repeat", "time", "hear", "heard", "say",
            "said", "didn't", "don't", "last", "part", "thing", "total", "more", "the", "a", "an", "to", "of", "in", "on",
            "with", "want", "need", "get", "have", "order", "pizza", "cancel", "forget", "never", "mind", "wait", "hold",
            "hello", "hey", "huh", "pardon", "one", "from", "phone", "call", "calling", "do", "does", "did", "not"));

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr");

    private NameReader() { }

    /** Phrases that introduce a name wherever they are said ("pickup, name's Carla", "last name is Chen"). */
    private static final Phrases INTRODUCTIONS = Phrases.of("my name is", "my name's", "name is", "name's", "the name is",
            "last name is", "last name's", "first name is", "under the name", "put it under", "it's under", "names",
            "last name", "first name", "name under", "order under", "put it down as", "put me down as");

    /** A name only when it is introduced as one: said beside another answer, nothing else is taken for a name. */
    static Optional<String> introduced(List<Token> tokens) {
        int at = lastIntroduction(tokens);
        return at < 0 ? Optional.empty() : read(tokens.subList(at, tokens.size()));
    }

    private static int lastIntroduction(List<Token> tokens) {
        int found = -1;
        for (int i = 0; i < tokens.size(); i++) {
            int n = INTRODUCTIONS.lengthAt(tokens, i);
            if (n > 0) found = i + n;
        }
        return found;
    }

    static Optional<String> read(List<Token> tokens) {
        int introduced = lastIntroduction(tokens);
        List<Token> rest = introduced < 0 ? tokens : tokens.subList(introduced, tokens.size());
        for (int guard = 0; guard < 4 && LEADS.leads(rest); guard++) rest = LEADS.withoutLeading(rest);
        List<String> words = new ArrayList<>();
        for (Token t : rest) {
            // "Ms. Gomez": the period after a title is no end of the name
            if (t.text().equals(",") && words.size() == 1 && TITLES.contains(words.get(0).toLowerCase().replace(".", ""))) continue;
            if (STOP.contains(t.text()) || t.isNumber() || !t.text().matches("[a-z][a-z'-]*")) {
                if (!words.isEmpty()) break;
                continue;
            }
            if (NOT_NAMES.contains(t.text())) return Optional.empty();
            String word = Character.toUpperCase(t.text().charAt(0)) + t.text().substring(1);
            words.add(words.isEmpty() && TITLES.contains(t.text()) ? word + "." : word);
            if (words.size() == 3) break;
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }
}
