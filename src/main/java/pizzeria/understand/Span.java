package pizzeria.understand;

import java.util.Set;

/**
 * One labelled stretch of an utterance, tokens [start, end): a menu phrase, a quantity, a cue (an act or a carrier
 * phrase), a boundary between pieces of speech, or a word neither explains (a filler or a word not accounted for).
 */
sealed interface Span {
    int start();

    int end();

    record Menu(Lexicon.Match match) implements Span {
        public int start() { return match.start(); }
        public int end() { return match.end(); }
    }

    record Quantity(int start, int value) implements Span {
        public int end() { return start + 1; }
    }

    /**
     * A cue phrase. {@code menu} is the same words read as a menu phrase ("no" is a yes-or-no answer and a pizza's
     * negation), used when the cue is not acted on; null when the words are no menu phrase.
     */
    record Said(int start, int end, Set<Cue> cues, Lexicon.Match menu, java.util.List<String> words) implements Span {
        boolean is(Cue cue) { return cues.contains(cue); }
    }

    record Boundary(int start) implements Span {
        public int end() { return start + 1; }
    }

    record Word(int start, String text) implements Span {
        public int end() { return start + 1; }

        /** A word that carries an order ("please", "for") rather than one nothing accounts for. */
        boolean filler() { return MentionReader.FILLER.contains(text); }
    }
}
