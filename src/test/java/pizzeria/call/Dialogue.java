package pizzeria.call;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import pizzeria.tenant.Tenant;
import pizzeria.understand.LocalUnderstander;

/** A conversation driven by hand, event by event, with the local parser reading the caller: no I/O, no threads. */
final class Dialogue {
    static final ZonedDateTime OPEN = ZonedDateTime.parse("2026-11-24T18:30:00-05:00[America/New_York]");

    final Conversation conversation;
    final List<Step> steps = new ArrayList<>();
    private final LocalUnderstander understander;
    CallState state;
    private Instant now;

    Dialogue(Tenant tenant) {
        this(tenant, OPEN);
    }

    Dialogue(Tenant tenant, ZonedDateTime localStart) {
        conversation = new Conversation(tenant);
        understander = new LocalUnderstander(tenant.menu());
        now = localStart.toInstant();
        state = conversation.begin(new CallIdentity("CAtest", "order-test", "text", "+19735550100", "+12015550100"), now, localStart);
    }

    Step open() {
        return on(new CallEvent.Open());
    }

    Step say(String words) {
        var understanding = understander.understand(words, conversation.context(state)).toCompletableFuture().join();
        return on(new CallEvent.Heard(words, now, understanding));
    }

    Step on(CallEvent event) {
        now = now.plusSeconds(3);
        Step step = conversation.next(state, event, now);
        state = step.state();
        steps.add(step);
        return step;
    }

    /** The text of each sentence of a step's reply. */
    static List<String> texts(Step step) {
        return step.reply().sentences().stream().map(Sentence::text).toList();
    }

    /** A call opened and taken through these caller turns. */
    static Dialogue after(Tenant tenant, String... turns) {
        Dialogue d = new Dialogue(tenant);
        d.open();
        for (String t : turns) d.say(t);
        return d;
    }
}
