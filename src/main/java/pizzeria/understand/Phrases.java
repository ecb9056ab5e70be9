package pizzeria.understand;

import java.util.ArrayList;
import java.util.List;

/** The caller's ways of saying what they want done, as token sequences ("that's all", "talk to a person"). */
final class Phrases {
    static final Phrases FILLERS = new Phrases("can i get", "can i have", "could i get", "could i have", "can i",
            "could i", "can you", "can we get", "can we have", "let me get", "let me have", "lemme get", "lemme have",
            "lemme", "gimme", "give me", "get me", "i'd like", "i would like", "i want", "i'll have", "i'll take",
            "i'll get", "i'll do", "we'll have", "we'll take", "how about", "no problem", "no worries", "thank you",
            "i think", "i need", "we need", "we want", "go with", "i'll go with", "as well", "um", "uh");
    static final Phrases TRANSFER = new Phrases("talk to a person", "talk to someone", "talk to somebody",
            "speak to someone", "speak to a person", "speak to somebody", "talk to a human", "speak to a human",
            "real person", "live person", "a human", "representative", "operator", "manager", "speak with someone",
            "talk with someone", "talk to a real", "speak to a real", "talk to staff", "an employee");
    static final Phrases REPEAT = new Phrases("say that again", "repeat that", "come again", "what did you say",
            "pardon", "can you repeat", "say again");
    /** Said this way, cancelling means the whole order, even beside words that remove one item. */
    static final Phrases CANCEL_ALL = new Phrases("cancel the order", "cancel my order", "cancel everything",
            "cancel the whole", "cancel it all", "never mind", "nevermind", "forget it", "forget the whole thing",
            "forget the order", "cancel the whole order");
    static final Phrases CANCEL = new Phrases("cancel");
    static final Phrases REMOVE = new Phrases("take off", "take out", "remove", "no more", "drop the", "get rid of",
            "scratch the", "cancel the", "delete", "forget the", "skip the", "don't want the", "lose the");
    static final Phrases CHANGE = new Phrases("make that", "make it", "make those", "make them", "change that",
            "change it", "change the", "switch that", "switch it", "instead");
    static final Phrases DONE = new Phrases("that's all", "that's it", "that is all", "that is it", "nothing else",
            "i'm good", "i'm all set", "all set", "that'll be all", "that'll be it", "that'll do", "that will be all",
            "no thanks", "i'm done", "that's everything", "that should be it", "that should do it", "be all");
    static final Phrases YES = new Phrases("yes", "yeah", "yep", "yup", "sure", "correct", "right", "that's right",
            "ok", "okay", "go ahead", "sounds good", "perfect", "absolutely", "please do", "do it", "uh huh", "mhm",
            "you got it", "place it", "place the order", "yes please", "definitely", "of course");
    static final Phrases NO = new Phrases("no", "nope", "nah", "not quite", "wrong", "incorrect", "not right",
            "that's not right");

    private final List<List<String>> phrases = new ArrayList<>();

    static Phrases of(String... texts) {
        return new Phrases(texts);
    }

    private Phrases(String... texts) {
        for (String t : texts) phrases.add(Words.tokens(t).stream().map(Token::text).toList());
        phrases.sort((a, b) -> b.size() - a.size());
    }

    boolean in(List<Token> tokens) {
        return firstAt(tokens) >= 0;
    }

    /** Said as the first words ("no, that's wrong"), not somewhere inside ("no pineapple"). */
    boolean leads(List<Token> tokens) {
        return length(tokens, 0) > 0;
    }

    int firstAt(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) if (length(tokens, i) > 0) return i;
        return -1;
    }

    /** The tokens with every occurrence of these phrases taken out. */
    List<Token> without(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            int n = length(tokens, i);
            if (n > 0) { i += n; continue; }
            out.add(tokens.get(i++));
        }
        return out;
    }

    /** The tokens with a leading phrase (and the comma after it) taken out. */
    List<Token> withoutLeading(List<Token> tokens) {
        int n = length(tokens, 0);
        List<Token> rest = new ArrayList<>(tokens.subList(n, tokens.size()));
        while (!rest.isEmpty() && rest.get(0).text().equals(",")) rest.remove(0);
        return rest;
    }

    /** How many tokens the phrase found at {@code at} takes (0: none starts there). */
    int lengthAt(List<Token> tokens, int at) {
        return length(tokens, at);
    }

    private int length(List<Token> tokens, int at) {
        for (List<String> p : phrases) {
            if (at + p.size() > tokens.size()) continue;
            boolean match = true;
            for (int k = 0; k < p.size() && match; k++) match = tokens.get(at + k).text().equals(p.get(k));
            if (match) return p.size();
        }
        return 0;
    }
}
