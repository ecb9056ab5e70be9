package pizzeria.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.Menu;
import pizzeria.menu.Sense;

/**
 * What the caller points at in what we just said: "one of those" is the item our last answer named first; "the
 * mushroom one" the only item just named whose description has that word. Each is read as that item's name, in
 * the place the caller said it, so the rest of the utterance describes it as usual.
 */
final class References {
    /** The spans with references replaced, and the item "one of those" meant (empty when it said none or meant none). */
    record Resolved(List<Span> spans, Optional<ItemRequest> named) { }

    private final Menu menu;
    private final Lexicon lexicon;
    private final MentionReader reader;

    References(Menu menu, Lexicon lexicon, MentionReader reader) {
        this.menu = menu;
        this.lexicon = lexicon;
        this.reader = reader;
    }

    Resolved resolve(List<Span> spans, Utterance u, TurnContext ctx) {
        List<Span> out = spans;
        int reference = u.firstAt(Cue.THAT_ONE);
        Optional<ItemRequest> named = reference < 0 ? Optional.empty() : justNamed(ctx);
        if (named.isPresent() && reference < out.size()) {
            Span ref = out.get(reference);
            Lexicon.Match as = lexicon.named(named.get().itemId(), ref.start(), ref.end());
            if (as != null) {
                out = new ArrayList<>(out);
                out.set(reference, new Span.Menu(as));
            }
        }
        return new Resolved(byItsWord(out, ctx), named);
    }

    /** "the mushroom one": with none or several items just named that have the word, the words stay as they are. */
    private List<Span> byItsWord(List<Span> spans, TurnContext ctx) {
        List<String> lastNamed = null;   // read from our last reply only when the caller points at something
        for (int i = 1; i + 1 < spans.size(); i++) {
            if (!(spans.get(i) instanceof Span.Menu word) || !(spans.get(i + 1) instanceof Span.Quantity q) || q.value() != 1) continue;
            if (!(spans.get(i - 1) instanceof Span.Word the && the.text().equals("the"))) continue;
            if (word.match().entry().meanings().stream().anyMatch(m -> m.sense() instanceof Sense.Item)) continue;
            if (lastNamed == null) lastNamed = lastNamed(ctx);
            String stem = String.join(" ", word.match().entry().words()).replaceAll("e?s$", "");
            List<String> having = lastNamed.stream().distinct()
                    .filter(id -> menu.item(id).map(it -> it.describe().toLowerCase(Locale.ROOT).contains(stem)).orElse(false))
                    .toList();
            if (having.size() != 1) continue;
            Lexicon.Match as = lexicon.named(having.get(0), word.start(), q.end());
            if (as == null) continue;
            List<Span> out = new ArrayList<>(spans.subList(0, i));
            out.add(new Span.Menu(as));
            out.addAll(spans.subList(i + 2, spans.size()));
            return out;
        }
        return spans;
    }

    /** The items our last reply named, in order. */
    private List<String> lastNamed(TurnContext ctx) {
        if (ctx.lastAgentLine() == null || ctx.lastAgentLine().isBlank()) return List.of();
        Reading said = reader.read(Utterance.label(Words.tokens(ctx.lastAgentLine()), lexicon).spans(), s -> false);
        List<String> ids = new ArrayList<>(said.mentions().stream().filter(m -> !m.generic()).map(Mention::itemId).toList());
        // our own sentences carry prices and "comes with", which hold a caller's line back but name the item all the same
        said.held().stream().map(HeldBack::itemId).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /** The item the agent's last answer named first ("A large Chicagoan is thirty-two dollars."), if any. */
    private Optional<ItemRequest> justNamed(TurnContext ctx) {
        if (ctx.lastAgentLine() == null || ctx.lastAgentLine().isBlank()) return Optional.empty();
        String answer = ctx.lastAgentLine().split("[.?!(]", 2)[0];
        return reader.read(Utterance.label(Words.tokens(answer), lexicon).spans(), s -> false)
                .mentions().stream().filter(m -> !m.generic()).findFirst().map(Mention::request);
    }
}
