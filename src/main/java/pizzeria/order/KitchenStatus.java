package pizzeria.order;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a placed order stands in the kitchen: placed → accepted → ready → completed, out_for_delivery between
 * ready and completed for a delivery, or rejected (with a reason) before it is ready.
 */
public enum KitchenStatus {
    PLACED, ACCEPTED, READY, OUT_FOR_DELIVERY, COMPLETED, REJECTED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<KitchenStatus> of(String wire) {
        for (KitchenStatus s : values()) if (s.wire().equals(wire)) return Optional.of(s);
        return Optional.empty();
    }

    /** Whether an order may step from this status to {@code to}; out for delivery only for a delivery. */
    public boolean mayBecome(KitchenStatus to, boolean delivery) {
        return switch (this) {
            case PLACED -> Set.of(ACCEPTED, REJECTED).contains(to);
            case ACCEPTED -> Set.of(READY, REJECTED).contains(to);
            case READY -> to == COMPLETED || (delivery && to == OUT_FOR_DELIVERY);
            case OUT_FOR_DELIVERY -> to == COMPLETED;
            case COMPLETED, REJECTED -> false;
        };
    }
}
