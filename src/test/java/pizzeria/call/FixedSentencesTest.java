package pizzeria.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.http.PublicScenarios;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;
import pizzeria.voice.PhraseCache;

/**
 * Every sentence the conversation marks fixed is one the phrase cache keeps, and every sentence the cache
 * would keep is marked fixed where it is said: rewording a reply cannot silently make it paid for on every call.
 */
@DisplayName("Fixed sentences")
class FixedSentencesTest {
    @Test
    @DisplayName("said over the public scenarios and the calls' other turns are all cached, and only they are")
    void everyFixedSentenceIsCached() {
        Tenant tenant = Tenants.reference();
        Set<String> fixed = FixedLines.of(tenant);
        PhraseCache cache = new PhraseCache();
        List<Sentence> said = new ArrayList<>();
        for (Map<String, Object> scenario : PublicScenarios.load()) {
            Dialogue d = new Dialogue(tenant);
            collect(said, d.open());
            for (String line : PublicScenarios.spokenLines(scenario)) {
                if (d.state.ended()) break;
                collect(said, d.say(line));
            }
            if (d.state.ended() && d.state.outcome() == Outcome.PLACED) collect(said, d.on(new CallEvent.OrderStored()));
        }
        said.addAll(otherTurns(tenant));

        assertThat(said).filteredOn(Sentence::fixed).isNotEmpty()
                .allSatisfy(s -> assertThat(cache.cacheable(tenant, s)).as(s.text()).isTrue());
        assertThat(said).filteredOn(s -> fixed.contains(s.text()))
                .allSatisfy(s -> assertThat(s.fixed()).as("'" + s.text() + "' is fixed but said as dynamic").isTrue());
        assertThat(said).filteredOn(s -> !s.fixed())
                .allSatisfy(s -> assertThat(cache.cacheable(tenant, s)).as(s.text()).isFalse());
    }

    @Test
    @DisplayName("of another tenant include its own greeting and phase prompts, and every line of the gateway's")
    void ofATenant() {
        Tenant other = Tenants.parse(Path.of("restaurants").resolve("bella-napoli.yaml"));
        Set<String> fixed = FixedLines.of(other);
        assertThat(fixed).containsAll(Sentence.sentencesOf(other.voice().greeting()));
        for (Line line : Line.values()) assertThat(fixed).contains(line.text());
        assertThat(fixed).noneMatch(s -> s.contains("{"));
    }

    /** Turns the scenarios do not reach: silence, a store failure, a transfer, a repeat, a cancellation. */
    private static List<Sentence> otherTurns(Tenant tenant) {
        List<Sentence> out = new ArrayList<>();
        Dialogue silent = new Dialogue(tenant);
        silent.open();
        for (int i = 1; i <= 3; i++) collect(out, silent.on(new CallEvent.Silence(i)));
        Dialogue failing = new Dialogue(tenant);
        failing.open();
        for (String w : List.of("a large pepperoni pie", "no that's all", "yes", "Mike", "pickup", "yes")) collect(out, failing.say(w));
        collect(out, failing.on(new CallEvent.OrderFailed()));
        Dialogue other = new Dialogue(tenant);
        other.open();
        for (String w : List.of("what are your hours", "a large cheese pie", "say that again", "what do I have so far",
                "cancel my order")) {
            if (!other.state.ended()) collect(out, other.say(w));
        }
        Dialogue staff = new Dialogue(tenant);
        staff.open();
        collect(out, staff.on(new CallEvent.StaffAsked("the caller pressed 0")));
        return out;
    }

    private static void collect(List<Sentence> out, Step step) {
        if (step.reply() != null) out.addAll(step.reply().sentences());
    }
}
