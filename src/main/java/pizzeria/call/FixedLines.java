package pizzeria.call;

import java.util.HashSet;
import java.util.Set;
import pizzeria.flow.PhaseRule;
import pizzeria.tenant.Tenant;

/**
 * Every fixed sentence a call of this tenant version can say: the gateway's own lines, the greeting, and the
 * phase prompts' sentences without placeholders. Read from what the conversation says, not kept by hand, so
 * rewording a reply cannot silently make it uncached.
 */
public final class FixedLines {
    private FixedLines() { }

    public static Set<String> of(Tenant tenant) {
        Set<String> out = new HashSet<>();
        for (Line line : Line.values()) out.add(line.text());
        out.addAll(Sentence.sentencesOf(tenant.voice().greeting()));
        for (PhaseRule r : tenant.phases().rules()) out.addAll(Templates.fixedSentences(r.say()));
        return Set.copyOf(out);
    }
}
