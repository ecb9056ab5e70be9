package pizzeria.call;

import java.time.Instant;
import java.util.Map;
import pizzeria.understand.Understanding;

/** What can happen to a call: the caller's words (already read), the channel's reports, the store's answer. */
public sealed interface CallEvent {
    /** The call was answered: greet, or say we are closed. */
    record Open() implements CallEvent { }

    /** The caller said {@code text} at {@code at}; {@code understanding} is what was read from it. */
    /** What the caller said, as understood, and what the restaurant was out of at that moment. */
    record Heard(String text, Instant at, Understanding understanding, pizzeria.order.Availability out) implements CallEvent {
        public Heard {
            out = out == null ? pizzeria.order.Availability.NONE : out;
        }

        public Heard(String text, Instant at, Understanding understanding) {
            this(text, at, understanding, pizzeria.order.Availability.NONE);
        }
    }

    /** The caller asked for staff without words (a key press), or the channel cannot go on (a provider failed). */
    record StaffAsked(String reason) implements CallEvent { }

    /** The caller has said nothing for a while, for the {@code nth} time in a row. */
    record Silence(int nth) implements CallEvent { }

    record HungUp() implements CallEvent { }

    /** The order this call placed is committed. */
    record OrderStored() implements CallEvent { }

    /** The order this call placed could not be committed. */
    record OrderFailed() implements CallEvent { }

    /** The caller talked over the last reply and heard only {@code heard} of it. */
    record CutOff(String heard) implements CallEvent { }

    /** When each stage of the last answered turn happened, as the channel measured it. */
    record Timed(Map<String, Object> latency) implements CallEvent { }
}
