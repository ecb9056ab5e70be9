package pizzeria.voice;

import java.util.Set;

/**
 * When to stop talking and when to answer, from the words heard and whether our audio is still going
 * out. Real words over our speech (not "uh-huh", not a cough) stop us within a frame; a backchannel is
 * ignored, but only while audio of ours is still to be sent: once every frame is out, the caller has heard
 * all but the last 200 ms, and their "yes" answers our question even if its mark's echo is not back yet.
 */
final class TurnTaking {
    enum Act {
        /** Nothing to do: a backchannel over us, or words still forming while we are silent. */
        IGNORE,
        /** Stop talking; the caller's utterance is not finished yet. */
        BARGE_IN,
        /** Stop talking and answer the finished utterance. */
        BARGE_IN_AND_ANSWER,
        /** Answer the finished utterance. */
        ANSWER
    }

    private static final Set<String> BACKCHANNELS = Set.of("uh-huh", "uh", "huh", "mm", "mhm", "mm-hmm", "yeah", "yep",
            "okay", "ok", "right", "sure", "um", "hmm", "oh", "yes", "alright");

    private TurnTaking() { }

    /** Words of an utterance still forming (an interim result). */
    static Act interim(String words, boolean audioToSend) {
        return audioToSend && realWords(words) ? Act.BARGE_IN : Act.IGNORE;
    }

    /** A finished utterance. */
    static Act utterance(String words, boolean audioToSend) {
        if (!audioToSend) return Act.ANSWER;
        return realWords(words) ? Act.BARGE_IN_AND_ANSWER : Act.IGNORE;
    }

    static boolean realWords(String words) {
        for (String w : words.toLowerCase().replaceAll("[^a-z' -]", " ").trim().split("\\s+")) {
            if (!w.isEmpty() && !BACKCHANNELS.contains(w)) return true;
        }
        return false;
    }
}
