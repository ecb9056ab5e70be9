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
        assertThat(TurnTaking.interim("actually add a coke", true)).isEqualTo(Act.BARGE_IN);
        assertThat(TurnTaking.interim("uh-huh", true)).isEqualTo(Act.IGNORE);
        assertThat(TurnTaking.interim("mm, okay", true)).isEqualTo(Act.IGNORE);
        assertThat(TurnTaking.interim("actually", false)).as("nothing to stop").isEqualTo(Act.IGNORE);
    }

    @Test
    @DisplayName("answers a finished utterance; over our speech, only real words (a 'yes' then is a backchannel)")
    void answer() {
        assertThat(TurnTaking.utterance("a large pepperoni pie", false)).isEqualTo(Act.ANSWER);
        assertThat(TurnTaking.utterance("yes", false)).as("every frame sent: the answer to our question").isEqualTo(Act.ANSWER);
        assertThat(TurnTaking.utterance("yes", true)).isEqualTo(Act.IGNORE);
        assertThat(TurnTaking.utterance("no wait, a small", true)).isEqualTo(Act.BARGE_IN_AND_ANSWER);
    }
}
