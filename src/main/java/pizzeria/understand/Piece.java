package pizzeria.understand;

/** One piece of an utterance after menu phrases are found: a phrase, a number, or another word. */
sealed interface Piece {
    record Phrase(Lexicon.Match match) implements Piece { }

    record Number(int value) implements Piece { }

    record Word(String text) implements Piece { }
}
