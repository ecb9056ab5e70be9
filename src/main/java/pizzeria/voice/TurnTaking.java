package pizzeria.voice;

import java.util.Set;

/**
 * When to stop talking and when to answer, from the words heard, whether our audio is still going out, and
 * whether the sentence going out is the question the reply asks. Real words over our speech (not "uh-huh",
 * not a cough) stop us within a frame; a backchannel is ignored, but only while audio of ours is still to
 * be sent: once every frame is out, the caller has heard all but the last 200 ms, and their "yes" answers
 * our question even if its mark's echo is not back yet. By the same rule, a short answer ("yes", "no",
 * "uh-huh") finished while the question itself is going out is not a backchannel but the answer, given
 * early: it is kept, and answered once every frame of the question is out; it stops nothing.
 */
final class TurnTaking {
    enum Act {
        /** Nothing to do: a backchannel over us, or words still forming while we are silent. */
        IGNORE,
        /** Answer the finished utterance once our audio is all sent; talk on meanwhile. */
        KEEP,
        /** Stop talking; the caller's utterance is not finished yet. */
        BARGE_IN,
        /** Stop talking and answer the finished utterance. */
        BARGE_IN_AND_ANSWER,
        /** Answer the finished utterance. */
        ANSWER
    }

    private static final Set<String> BACKCHANNELS = Set.of("uh-huh", "uh", "huh", "mm", "mhm", "mm-hmm", "yeah", "yep",
            "okay", "ok", "right", "sure", "um", "hmm", "oh", "yes", "alright");
    /** Words that answer a question by themselves (the rest of a short answer may only be backchannel). */
    private static final Set<String> SHORT_ANSWERS = Set.of("yes", "yeah", "yep", "yup", "uh-huh", "mhm", "mm-hmm",
            "sure", "ok", "okay", "alright", "right", "correct", "no", "nope", "nah");

    private TurnTaking() { }

    /**
     * Words of an utterance still forming (an interim result).
     *
     * @param asking whether the sentence going out is the reply's question (a short answer to it stops nothing)
     */
    static Act interim(String words, boolean audioToSend, boolean asking) {
        if (!audioToSend || (asking && shortAnswer(words))) return Act.IGNORE;
        return realWords(words) ? Act.BARGE_IN : Act.IGNORE;
    }

    /**
     * A finished utterance.
     *
     * @param asking whether the sentence going out is the reply's question (a short answer to it is kept)
     */
    static Act utterance(String words, boolean audioToSend, boolean asking) {
        if (!audioToSend) return Act.ANSWER;
        if (asking && shortAnswer(words)) return Act.KEEP;
        return realWords(words) ? Act.BARGE_IN_AND_ANSWER : Act.IGNORE;
    }

    static boolean realWords(String words) {
        for (String w : words(words)) {
            if (!w.isEmpty() && !BACKCHANNELS.contains(w)) return true;
        }
        return false;
    }

    /** "yes", "yeah sure", "um, no", "nope": an answer word, and nothing but backchannel beside it. */
    static boolean shortAnswer(String words) {
        boolean answer = false;
        for (String w : words(words)) {
            if (w.isEmpty()) continue;
            if (SHORT_ANSWERS.contains(w)) answer = true;
            else if (!BACKCHANNELS.contains(w)) return false;
        }
        return answer;
    }

    private static String[] words(String words) {
        return words.toLowerCase().replaceAll("[^a-z' -]", " ").replaceAll("\\buh huh\\b", "uh-huh")
                .replaceAll("\\bmm hmm\\b", "mm-hmm").trim().split("\\s+");
    }
}
