package pizzeria.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.Tenants;

/** The labelling rules of the one pass, each in the words people use. */
class UtteranceTest {
    private final Lexicon lexicon = new Lexicon(Tenants.reference().menu());

    private Utterance label(String text) {
        return Utterance.label(Words.tokens(text), lexicon);
    }

    /** Each span as kind:words, to compare labellings at a glance. */
    private List<String> shown(String text) {
        Utterance u = label(text);
        return u.spans().stream().map(s -> kind(s) + ":" + Words.join(u.tokens().subList(s.start(), s.end()))).toList();
    }

    private static String kind(Span s) {
        if (s instanceof Span.Said said) return said.cues().toString() + (said.menu() != null ? "/menu" : "");
        return s.getClass().getSimpleName().toLowerCase();
    }

    @Test
    @DisplayName("every word belongs to exactly one span, in order")
    void coversEveryWord() {
        Utterance u = label("um can i get two large pepperoni pies, no onions, and that's all thanks");
        int at = 0;
        for (Span s : u.spans()) {
            assertThat(s.start()).isEqualTo(at);
            at = s.end();
        }
        assertThat(at).isEqualTo(u.tokens().size());
    }

    @Test
    @DisplayName("the longest phrase wins: 'cancel the order' cancels everything, 'cancel the coke' removes a line")
    void longestCueWins() {
        assertThat(label("cancel the order").has(Cue.CANCEL_ALL)).isTrue();
        assertThat(label("cancel the order").has(Cue.REMOVE)).isFalse();
        assertThat(label("cancel the coke").has(Cue.REMOVE)).isTrue();
        assertThat(label("cancel the coke").has(Cue.CANCEL)).isFalse();
    }

    @Test
    @DisplayName("a cue that is also a menu phrase keeps both readings: 'no' answers, or negates a topping")
    void cueKeepsTheMenuReading() {
        assertThat(shown("no onions")).first().isEqualTo("[NO]/menu:no");
        assertThat(label("no, that's wrong").leads(Cue.NO)).isTrue();
        assertThat(label("a pie with no olives").leads(Cue.NO)).isFalse();
    }

    @Test
    @DisplayName("a longer menu phrase wins over a cue at the same place: 'on the right' is a placement, not a yes")
    void longerMenuPhraseWins() {
        assertThat(shown("mushrooms on the right")).containsExactly("menu:mushrooms", "menu:on the right");
        assertThat(label("mushrooms on the right").has(Cue.YES)).isFalse();
    }

    @Test
    @DisplayName("a menu phrase starting inside a cue keeps its words: 'please do not add' is a negation, not 'please do'")
    void menuPhraseInsideACue() {
        assertThat(shown("please do not add onions")).containsExactly("word:please", "menu:do not add", "menu:onions");
        assertThat(label("please do").has(Cue.YES)).isTrue();
    }

    @Test
    @DisplayName("a carrier phrase is a cue of its own and no order word: 'can I get', 'I'd like'")
    void carrierPhrases() {
        assertThat(shown("can i get a calzone")).containsExactly("[FILLER]:can i get", "word:a", "menu:calzone");
        assertThat(label("uh yes").leads(Cue.YES)).isTrue();
    }

    @Test
    @DisplayName("a removal after what is ordered, naming a detail, is a 'without'; before it, or naming an item, a removal")
    void removalInsideAnOrder() {
        assertThat(label("two large with sausage, skip the onions").removalInsideAnOrder()).isTrue();
        assertThat(label("skip the onions").removalInsideAnOrder()).isFalse();
        assertThat(label("a large pie, and take off the coke").removalInsideAnOrder()).isFalse();
    }

    @Test
    @DisplayName("quantities, boundaries and words nothing explains are labelled as such")
    void quantitiesBoundariesAndUnknownWords() {
        assertThat(shown("two zeppole and a frobnicator")).containsExactly("quantity:2", "menu:zeppole", "boundary:and",
                "word:a", "word:frobnicator");
    }
}
