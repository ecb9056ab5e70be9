package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.voice.TurnTaking.Act;

@DisplayName("Turn-taking")
class TurnTakingTest {
    @Test
    @DisplayName("stops for real words over our speech, not for a backchannel or a cough")
    void bargeIn() {
        assertThat(TurnTaking.interim("actually add a coke", true, false)).isEqualTo(Act.BARGE_IN);
        assertThat(TurnTaking.interim("uh-huh", true, false)).isEqualTo(Act.IGNORE);
        assertThat(TurnTaking.interim("mm, okay", true, false)).isEqualTo(Act.IGNORE);
        assertThat(TurnTaking.interim("actually", false, false)).as("nothing to stop").isEqualTo(Act.IGNORE);
    }

    @Test
    @DisplayName("answers a finished utterance; over our speech, only real words (a 'yes' then is a backchannel)")
    void answer() {
        assertThat(TurnTaking.utterance("a large pepperoni pie", false, false)).isEqualTo(Act.ANSWER);
        assertThat(TurnTaking.utterance("yes", false, false)).as("every frame sent: the answer to our question").isEqualTo(Act.ANSWER);
        assertThat(TurnTaking.utterance("yes", true, false)).isEqualTo(Act.IGNORE);
        assertThat(TurnTaking.utterance("no wait, a small", true, false)).isEqualTo(Act.BARGE_IN_AND_ANSWER);
    }

    @Test
    @DisplayName("keeps a short answer finished during the question, to answer once the question is out; stops for nothing")
    void keptDuringQuestion() {
        for (String answer : new String[] {"yes", "Yeah.", "yep", "uh-huh", "Uh huh.", "sure", "ok", "right", "correct", "mhm",
                "mm-hmm", "um, yes", "yeah sure", "no", "Nope.", "oh no"}) {
            assertThat(TurnTaking.utterance(answer, true, true)).as(answer).isEqualTo(Act.KEEP);
            assertThat(TurnTaking.interim(answer, true, true)).as(answer + ", still forming").isEqualTo(Act.IGNORE);
        }
        assertThat(TurnTaking.utterance("um", true, true)).as("no answer in it: a backchannel").isEqualTo(Act.IGNORE);
        assertThat(TurnTaking.utterance("hmm", true, true)).isEqualTo(Act.IGNORE);
        assertThat(TurnTaking.utterance("no wait, a small", true, true)).as("more than an answer: it interrupts")
                .isEqualTo(Act.BARGE_IN_AND_ANSWER);
        assertThat(TurnTaking.interim("no wait", true, true)).isEqualTo(Act.BARGE_IN);
        assertThat(TurnTaking.utterance("yes", false, true)).as("the question is out: answered at once").isEqualTo(Act.ANSWER);
    }

    @Test
    @DisplayName("ignores the same short answer during an earlier sentence; a 'no' there still stops us, as before")
    void notDuringEarlierSentences() {
        for (String backchannel : new String[] {"yes", "yeah", "uh-huh", "ok", "right", "mhm"}) {
            assertThat(TurnTaking.utterance(backchannel, true, false)).as(backchannel).isEqualTo(Act.IGNORE);
        }
        assertThat(TurnTaking.utterance("no", true, false)).isEqualTo(Act.BARGE_IN_AND_ANSWER);
        assertThat(TurnTaking.interim("no", true, false)).isEqualTo(Act.BARGE_IN);
    }
}
