package pizzeria.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KitchenStatusTest {
    @Test
    @DisplayName("placed, accepted, ready, completed; out for delivery only for a delivery; rejected only before ready")
    void steps() {
        assertThat(KitchenStatus.PLACED.mayBecome(KitchenStatus.ACCEPTED, false)).isTrue();
        assertThat(KitchenStatus.PLACED.mayBecome(KitchenStatus.READY, false)).as("no step skipped").isFalse();
        assertThat(KitchenStatus.ACCEPTED.mayBecome(KitchenStatus.REJECTED, false)).isTrue();
        assertThat(KitchenStatus.READY.mayBecome(KitchenStatus.REJECTED, false)).isFalse();
        assertThat(KitchenStatus.READY.mayBecome(KitchenStatus.OUT_FOR_DELIVERY, true)).isTrue();
        assertThat(KitchenStatus.READY.mayBecome(KitchenStatus.OUT_FOR_DELIVERY, false)).as("a pickup is not delivered").isFalse();
        assertThat(KitchenStatus.OUT_FOR_DELIVERY.mayBecome(KitchenStatus.COMPLETED, true)).isTrue();
        assertThat(KitchenStatus.COMPLETED.mayBecome(KitchenStatus.ACCEPTED, false)).isFalse();
        assertThat(KitchenStatus.of("out_for_delivery")).contains(KitchenStatus.OUT_FOR_DELIVERY);
        assertThat(KitchenStatus.of("cooking")).isEmpty();
    }
}
