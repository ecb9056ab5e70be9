package pizzeria.call;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import pizzeria.order.Order;
import pizzeria.understand.Pending;

/**
 * Where one call stands, as a value: the conversation turns one of these and an event into the next.
 *
 * @param localStart    the call's start in the tenant's timezone (a test may set the clock)
 * @param pending       the question of ours a short answer may be answering, or null
 * @param waiting       items held back for a detail, to be asked about one after the other once the pending
 *                      question is answered ("two pepsis and a sprite": the size of each), none dropped
 * @param early         answers given before they were asked ("delivered to 88 East 13th Avenue" while ordering, "pickup,
 *                      name's Carla" when asked the name): kept, and applied once the call reaches their phase
 * @param outcome       how the call ended, null while it goes on
 * @param lastReply     what the agent said last (for "say that again"), null before the greeting
 * @param stalled       caller turns in a row that changed nothing and asked nothing: the second is met with the
 *                      choices spelt out, the third goes to staff with the cart kept
 * @param callerTurns   caller turns so far: a call that goes on past the limit goes to staff, so every call ends
 */
public record CallState(CallIdentity id, Instant startedAt, ZonedDateTime localStart, Order order, Pending pending,
                        List<Pending.Detail> waiting, List<pizzeria.order.ToolCall> early, boolean ended, Outcome outcome, String transferTo, Reply lastReply, int stalled, int callerTurns,
                        List<TranscriptLine> transcript, List<String> phasesVisited) {
    public CallState {
        waiting = List.copyOf(waiting);
        early = List.copyOf(early);
        transcript = List.copyOf(transcript);
        phasesVisited = List.copyOf(phasesVisited);
    }
}
