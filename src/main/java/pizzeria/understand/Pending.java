package pizzeria.understand;

import pizzeria.menu.ItemRequest;
import pizzeria.menu.Resolution;

/** A question the agent asked and is waiting on, so a short answer ("hot", "yes") can be read right. */
public sealed interface Pending {
    /** An item held back for one more detail (a size, a required choice). */
    record Detail(ItemRequest request, Resolution.Missing missing) implements Pending { }

    /** An unusually large quantity held back until the caller confirms it. */
    record Quantity(ItemRequest request) implements Pending { }

    /** Which of several items the caller meant ("the bone-in or the boneless?"), each with what was said of it. */
    record Choice(java.util.List<ItemRequest> candidates) implements Pending {
        public Choice {
            candidates = java.util.List.copyOf(candidates);
        }
    }

    /** A line not added because words in it were not understood, which the caller was asked to say again. */
    record Again(HeldBack line) implements Pending { }

    /** Delivery was chosen; the street address and zip are still missing. */
    record Address() implements Pending { }
}
