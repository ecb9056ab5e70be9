package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.call.Party;
import pizzeria.call.TranscriptLine;

/**
 * Over the phone a caller often answers the question before it is over: "yes" during "Is that right?". That
 * answer is kept and taken once the question has gone out, without cutting the question off and without the
 * caller saying it again; a "yeah" during the read-back of the items before it is still only a backchannel.
 * The agent talks at a person's pace here (60 ms a character), so every sentence takes its time.
 */
@DisplayName("A short answer said over our speech")
class KeptAnswerTest {
    private static final String QUESTION = "Is that right?";
    private static final int FRAMES_PER_CHARACTER = 3;

    @Test
    @DisplayName("during the read-back's question ('... Is that right?') is kept, and confirms the order once the question is out")
    void yesDuringQuestion() {
        InProcessCall call = readBack();
        call.waitUntilSending('I');
        call.waitFor(300);
        call.sayNow("yes");
        assertThat(call.session.result().phase()).as("the question is still going out: nothing answered yet")
                .isEqualTo("confirm_order");
        call.waitFor(5000);
        assertThat(call.session.result().phase()).as("the read-back was confirmed").isEqualTo("customer_name");
        assertThat(call.clears).as("the question was not cut off").isEmpty();
        assertThat(lastRuns(call, 3)).as("the read-back, the whole question, then the next question at once")
                .containsExactly("S", "I x" + QUESTION.length() * FRAMES_PER_CHARACTER, "W");
        assertThat(callerSaid(call)).as("answered once").containsOnlyOnce("yes").endsWith("yes");
        assertThat(agentSaid(call)).last().isEqualTo("What name should I put that under?");
    }

    @Test
    @DisplayName("during the read-back of the items ('So that's ...') is a backchannel: ignored, and the call waits")
    void yeahDuringEarlierSentence() {
        InProcessCall call = readBack();
        call.waitUntilSending('S');
        call.waitFor(1000);
        call.sayNow("yeah");
        call.waitFor(10_000);
        assertThat(call.session.result().phase()).as("still waiting for the caller's answer").isEqualTo("confirm_order");
        assertThat(call.clears).isEmpty();
        assertThat(lastRuns(call, 2)).as("the read-back to its end, and nothing after it")
                .containsExactly("S", "I x" + QUESTION.length() * FRAMES_PER_CHARACTER);
        assertThat(callerSaid(call)).doesNotContain("yeah");
        assertThat(agentSaid(call)).last().asString().endsWith(QUESTION);
    }

    @Test
    @DisplayName("a 'no' during the question is kept too: the question is heard to its end, then the 'no' is answered")
    void noDuringQuestion() {
        InProcessCall call = readBack();
        call.waitUntilSending('I');
        call.waitFor(300);
        call.sayNow("no");
        call.waitFor(8000);
        assertThat(call.clears).as("the question was not cut off").isEmpty();
        assertThat(callerSaid(call)).containsOnlyOnce("no").endsWith("no");
        assertThat(call.session.result().phase()).as("the read-back was refused: back to the order").isEqualTo("take_order");
        assertThat(call.session.result().order().lines()).hasSize(1);
        assertThat(lastRuns(call, 3)).as("the whole question, then 'Okay, what would you like to change?'")
                .containsExactly("S", "I x" + QUESTION.length() * FRAMES_PER_CHARACTER, "O");
    }

    @Test
    @DisplayName("a kept 'yes' gives way when the caller goes on to real words over the question: those are answered")
    void yesThenMoreWords() {
        InProcessCall call = readBack();
        call.waitUntilSending('I');
        call.waitFor(200);
        call.sayNow("yes");
        call.waitFor(200);
        call.sayNow("actually add a can of coke");
        call.waitFor(10_000);
        assertThat(call.clears).as("real words stop us").hasSize(1);
        assertThat(call.session.result().phase()).as("not confirmed: the order changed").isEqualTo("confirm_order");
        assertThat(call.session.result().order().lines()).hasSize(2);
        assertThat(callerSaid(call)).doesNotContain("yes").endsWith("actually add a can of coke");
    }

    /** A call that has heard the greeting, ordered, and is now hearing the read-back: "So that's .... Is that right?". */
    private static InProcessCall readBack() {
        InProcessCall call = new InProcessCall(CompletableFuture.completedFuture(null), true, 60_000, FRAMES_PER_CHARACTER);
        call.waitFor(15_000);
        call.say("can I get a large pepperoni pie");
        call.waitFor(10_000);
        call.say("no that's all");
        return call;
    }

    /** The last runs of frames sent, by their sentence's first character (with their length for the question). */
    private static List<String> lastRuns(InProcessCall call, int n) {
        List<String> runs = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (char c : call.heard) {
            if (!runs.isEmpty() && runs.get(runs.size() - 1).equals(String.valueOf(c))) {
                lengths.set(lengths.size() - 1, lengths.get(lengths.size() - 1) + 1);
            } else {
                runs.add(String.valueOf(c));
                lengths.add(1);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = Math.max(0, runs.size() - n); i < runs.size(); i++) {
            out.add(runs.get(i).equals("I") ? "I x" + lengths.get(i) : runs.get(i));
        }
        return out;
    }

    private static List<String> callerSaid(InProcessCall call) {
        return said(call, Party.CALLER);
    }

    private static List<String> agentSaid(InProcessCall call) {
        return said(call, Party.AGENT);
    }

    private static List<String> said(InProcessCall call, Party who) {
        return call.session.record().turns().stream().filter(t -> t.speaker() == who).map(TranscriptLine::text).toList();
    }
}
