package pizzeria.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");
    private final OpeningHours hours = new OpeningHours(Map.of(
            DayOfWeek.FRIDAY, List.of(new OpeningHours.Range(LocalTime.of(17, 0), LocalTime.of(2, 0))),
            DayOfWeek.SUNDAY, List.of(new OpeningHours.Range(LocalTime.of(12, 0), LocalTime.of(21, 0)))));

    private static ZonedDateTime at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, NY); // 27 Nov 2026 is a Friday
    }

    @Test
    @DisplayName("a range crossing midnight covers the early hours of the next day, end exclusive")
    void crossingMidnight() {
        assertThat(hours.isOpen(at(27, 16, 59))).isFalse();
        assertThat(hours.isOpen(at(27, 17, 0))).isTrue();
        assertThat(hours.isOpen(at(28, 1, 30))).isTrue();
        assertThat(hours.isOpen(at(28, 2, 0))).isFalse();
    }

    @Test
    @DisplayName("ranges are start-inclusive and end-exclusive; a closed day says so")
    void closedDay() {
        assertThat(hours.isOpen(at(29, 12, 0))).isTrue();
        assertThat(hours.isOpen(at(29, 21, 0))).isFalse();
        assertThat(hours.today(at(28, 12, 0))).isEqualTo("closed today");
        assertThat(hours.today(at(29, 12, 0))).isEqualTo("noon to 9 PM");
    }
}
