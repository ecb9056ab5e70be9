package pizzeria.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import pizzeria.order.Order;
import pizzeria.order.OrderStatus;
import pizzeria.testing.Tenants;

/**
 * No loops, by construction: whatever a caller says, turn after turn (lines of our corpora, the PIZZA dev set, and
 * random junk), every call ends within {@link Conversation#CALLER_TURN_LIMIT} turns, placed, handed to staff or
 * cancelled; and an order is placed only after the caller heard its summary as it finally stood and confirmed it.
 */
class CallsEndProperties {
    private static final List<String> SAID = said();

    @Property(tries = 300)
    void everyCallEndsAndNothingUnconfirmedIsPlaced(@ForAll("callers") List<String> turns) {
        Dialogue d = new Dialogue(Tenants.reference());
        d.open();
        int used = 0;
        for (String words : turns) {
            if (d.state.ended()) break;
            Order before = d.state.order();
            Step step = d.say(words);
            used++;
            if (step.effects().stream().anyMatch(e -> e instanceof Effect.PlaceOrder)) {
                Order placed = step.state().order();
                assertThat(placed.status()).isEqualTo(OrderStatus.PLACED);
                assertThat(before.cartConfirmed()).as("the caller confirmed the cart as it stands").isTrue();
                assertThat(before.readBackRevision()).as("and heard the final summary as it finally stood").isEqualTo(before.revision());
                assertThat(placed.lines()).isEqualTo(before.lines());
            }
        }
        assertThat(d.state.ended()).as("ended within %d turns", Conversation.CALLER_TURN_LIMIT).isTrue();
        assertThat(used).isLessThanOrEqualTo(Conversation.CALLER_TURN_LIMIT);
        assertThat(d.state.outcome()).isIn(Outcome.PLACED, Outcome.TRANSFERRED, Outcome.CANCELLED);
    }

    @Provide
    Arbitrary<List<String>> callers() {
        Arbitrary<String> corpus = Arbitraries.of(SAID);
        Arbitrary<String> junk = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ',', '.').ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> answers = Arbitraries.of("yes", "no", "that's all", "pickup", "delivery", "Mike", "a large cheese pie");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, corpus), net.jqwik.api.Tuple.of(2, junk), net.jqwik.api.Tuple.of(3, answers))
                .list().ofSize(Conversation.CALLER_TURN_LIMIT);
    }

    /** What people said in our corpora and the PIZZA dev set. */
    private static List<String> said() {
        try {
            List<String> out = new ArrayList<>();
            var acts = new ObjectMapper(new YAMLFactory()).readTree(Path.of("src/test/resources/corpus/acts/phrasings.yaml").toFile());
            acts.get("phrasings").forEach(n -> out.add(n.get("text").asText()));
            ObjectMapper json = new ObjectMapper();
            for (Path file : List.of(Path.of("src/test/resources/corpus/blind/utterances.jsonl"), Path.of("../shared/corpus/pizza/dev.jsonl"))) {
                if (!Files.exists(file)) continue;
                for (String line : Files.readAllLines(file)) if (!line.isBlank()) out.add(json.readTree(line).get("text").asText());
            }
            return List.copyOf(Set.copyOf(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
