package pizzeria.understand;

import java.time.Duration;
import java.util.List;
import pizzeria.order.ToolCall;

/**
 * The tool calls read from one utterance.
 *
 * @param notOnMenu the caller's words for things asked for that the menu does not have
 * @param complete  the whole utterance was accounted for, with nothing ambiguous (a hybrid understander
 *                  sends incomplete turns to the language model)
 * @param source    who understood it, recorded with the turn
 * @param tokens    what a language model was paid for to understand it (none for the local parser)
 * @param unheard   the caller's words beside what was understood that fit nothing ("thanks a bunch"), told back
 * @param heldBack  lines not added because words inside them were not understood; the caller is asked again
 * @param answered  items waiting for a detail that this turn's calls add with it ("both large", "and ten on the
 *                  wings" after "some wings"): none of them is to be asked about again
 * @param modelWait how long the turn waited on a language model (zero when the local parser answered alone): a
 *                  provider's time, kept apart from the gateway's own in the turn's timings
 */
public record Understanding(List<ToolCall> calls, List<String> notOnMenu, boolean complete, UnderstoodBy source,
                            TokenUsage tokens, List<String> unheard, List<HeldBack> heldBack, List<Pending.Detail> answered,
                            Duration modelWait) {
    public Understanding {
        calls = List.copyOf(calls);
        notOnMenu = List.copyOf(notOnMenu);
        tokens = tokens == null ? TokenUsage.NONE : tokens;
        unheard = unheard == null ? List.of() : List.copyOf(unheard);
        heldBack = heldBack == null ? List.of() : List.copyOf(heldBack);
        answered = answered == null ? List.of() : List.copyOf(answered);
        modelWait = modelWait == null || modelWait.isNegative() ? Duration.ZERO : modelWait;
    }

    public Understanding(List<ToolCall> calls, List<String> notOnMenu, boolean complete, UnderstoodBy source,
                         TokenUsage tokens, List<String> unheard, List<HeldBack> heldBack, List<Pending.Detail> answered) {
        this(calls, notOnMenu, complete, source, tokens, unheard, heldBack, answered, Duration.ZERO);
    }

    public Understanding(List<ToolCall> calls, List<String> notOnMenu, boolean complete, UnderstoodBy source,
                         TokenUsage tokens, List<String> unheard, List<HeldBack> heldBack) {
        this(calls, notOnMenu, complete, source, tokens, unheard, heldBack, List.of());
    }

    public Understanding(List<ToolCall> calls, List<String> notOnMenu, boolean complete, UnderstoodBy source,
                         TokenUsage tokens, List<String> unheard) {
        this(calls, notOnMenu, complete, source, tokens, unheard, List.of());
    }

    public Understanding(List<ToolCall> calls, List<String> notOnMenu, boolean complete, UnderstoodBy source, TokenUsage tokens) {
        this(calls, notOnMenu, complete, source, tokens, List.of());
    }

    public Understanding(List<ToolCall> calls, List<String> notOnMenu, boolean complete, UnderstoodBy source) {
        this(calls, notOnMenu, complete, source, TokenUsage.NONE);
    }

    /** This reading, as it stands after waiting {@code wait} on a language model. */
    public Understanding afterModelWait(Duration wait) {
        return new Understanding(calls, notOnMenu, complete, source, tokens, unheard, heldBack, answered, wait);
    }

    public boolean isEmpty() {
        return calls.isEmpty() && notOnMenu.isEmpty() && heldBack.isEmpty();
    }
}
