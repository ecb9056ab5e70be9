package pizzeria.corpus.pizza;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import pizzeria.call.CallEvent;
import pizzeria.call.CallIdentity;
import pizzeria.call.CallState;
import pizzeria.call.Conversation;
import pizzeria.call.Effect;
import pizzeria.call.Reply;
import pizzeria.call.Step;
import pizzeria.order.OrderView;
import pizzeria.tenant.Tenant;
import pizzeria.understand.LocalUnderstander;
import pizzeria.understand.Understanding;
import pizzeria.understand.UnderstoodBy;
import pizzeria.corpus.pizza.Scoring.Run;

/**
 * score.py's {@code run_one} without the network: the greeting, the utterance as the one caller turn, "medium" to
 * at most three size questions, each turn's cart taken as the text channel's JSON ({@link OrderView}, encoded
 * and read back) so that what is compared is exactly what score.py reads.
 */
final class CorpusCaller {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Tenant tenant;
    private final Corpus corpus;
    private final Conversation conversation;
    private final LocalUnderstander understander;
    private final ZonedDateTime localStart;
    private final Pattern sizeQuestion;

    CorpusCaller(Tenant tenant, Corpus corpus) {
        this.tenant = tenant;
        this.corpus = corpus;
        this.conversation = new Conversation(tenant);
        this.understander = new LocalUnderstander(tenant.menu());   // one per tenant, as the gateway has it
        this.localStart = OffsetDateTime.parse(corpus.clock).atZoneSameInstant(tenant.timezone());
        this.sizeQuestion = Pattern.compile(corpus.sizeQuestion, Pattern.CASE_INSENSITIVE);
    }

    /** What one call did; {@code index} picks the caller's number as score.py does. */
    Run run(String id, String text, int index) {
        var call = new Call(index);
        Turn turn = call.say(text);
        String reply = turn.reply;
        boolean ended = turn.ended;
        List<Map<String, Object>> cart = turn.lines;
        List<String> questions = new ArrayList<>();
        Map<String, Integer> asked = new LinkedHashMap<>();
        int answers = 0;
        while (sizeQuestion.matcher(turn.reply).find() && !turn.ended && answers < corpus.maxAnswers) {
            questions.add(turn.reply);
            Map<String, Integer> before = new HashMap<>();
            for (var line : cart) before.put(String.valueOf(line.get("lineId")), quantity(line));
            turn = call.say(corpus.answer);
            answers++;
            cart = turn.lines;
            for (var line : cart) {
                String lid = String.valueOf(line.get("lineId"));
                int grown = quantity(line) - before.getOrDefault(lid, 0);
                if (grown > 0) asked.merge(lid, grown, Integer::sum);
            }
        }
        return new Run(id, text, questions, answers, null, reply, ended, cart, asked, turn.reply);
    }

    private static int quantity(Map<String, Object> line) {
        return ((Number) line.get("quantity")).intValue();
    }

    private record Turn(String reply, boolean ended, List<Map<String, Object>> lines) { }

    /** One call, event by event, as the text channel's session drives it. */
    private final class Call {
        private CallState state;
        private Instant now;

        Call(int index) {
            now = localStart.toInstant();
            String from = String.format("+1973555%04d", index % 10000);
            state = conversation.begin(new CallIdentity("CAeval" + index, "eval-" + index, "text", from,
                    tenant.phoneNumbers().get(0)), now, localStart);
            step(new CallEvent.Open());
        }

        Turn say(String words) {
            Understanding u;
            try {
                u = understander.understand(words, conversation.context(state)).toCompletableFuture().join();
            } catch (RuntimeException e) {               // as CallSession: a failed understander understood nothing
                u = new Understanding(List.of(), List.of(), false, UnderstoodBy.FAILED);
            }
            Step step = step(new CallEvent.Heard(words, now, u));
            if (step.effects().stream().anyMatch(e -> e instanceof Effect.PlaceOrder)) step(new CallEvent.OrderStored());
            Reply said = step.reply() != null ? step.reply() : state.lastReply();
            return new Turn(said == null ? "" : said.text(), state.ended(), cart());
        }

        private Step step(CallEvent event) {
            now = now.plusSeconds(1);
            Step step = conversation.next(state, event, now);
            state = step.state();
            return step;
        }

        @SuppressWarnings("unchecked")
        private List<Map<String, Object>> cart() {
            String encoded = new JsonObject(OrderView.of(state.order(), conversation.bill(state))).encode();
            try {
                return (List<Map<String, Object>>) JSON.readValue(encoded, Map.class).get("items");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
