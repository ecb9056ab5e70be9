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
 * @param answersWaiting the answer to the pending detail was said of every item waiting for the same detail ("both
 *                  large"); the calls add those items too, and none of them is to be asked about again
 * @param modelWait how long the turn waited on a language model (zero when the local parser answered alone): a
 *                  provider's time, kept apart from the gateway's own in the turn's timings
 */
public record Understanding(List<ToolCall> calls, List<String> notOnMenu, boolean complete, UnderstoodBy source,
                            TokenUsage tokens, List<String> unheard, List<HeldBack> heldBack, boolean answersWaiting,
                            Duration modelWait) {
    public Understanding {
        calls = List.copyOf(calls);
        notOnMenu = List.copyOf(notOnMenu);
        tokens = tokens == null ? TokenUsage.NONE : tokens;
        unheard = unheard == null ? List.of() : List.copyOf(unheard);
        heldBack = heldBack == null ? List.of() : List.copyOf(heldBack);
        modelWait = modelWait == null || modelWait.isNegative() ? Duration.ZERO : modelWait;
    }

    public Understanding(List<ToolCall> calls, List<String> notOnMenu, boolean complete, UnderstoodBy source,
                         TokenUsage tokens, List<String> unheard, List<HeldBack> heldBack, boolean answersWaiting) {
        this(calls, notOnMenu, complete, source, tokens, unheard, heldBack, answersWaiting, Duration.ZERO);
    }

    public Understanding(List<ToolCall> calls, List<String> notOnMenu, boolean complete, UnderstoodBy source,
                         TokenUsage tokens, List<String> unheard, List<HeldBack> heldBack) {
        this(calls, notOnMenu, complete, source, tokens, unheard, heldBack, false);
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
        return new Understanding(calls, notOnMenu, complete, source, tokens, unheard, heldBack, answersWaiting, wait);
    }

    public boolean isEmpty() {
        return calls.isEmpty() && notOnMenu.isEmpty() && heldBack.isEmpty();
    }
}
