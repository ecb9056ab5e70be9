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

    private static OpeningHours parsed(String yaml) {
        var root = new pizzeria.config.ConfigNode(readYaml(yaml), "", new pizzeria.config.Problems());
        OpeningHours h = HoursReader.read(root.get("hours"), root.get("closures"), root.get("special_hours"));
        assertThat(root.problems().all()).isEmpty();
        return h;
    }

    private static com.fasterxml.jackson.databind.JsonNode readYaml(String yaml) {
        try {
            return new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(yaml);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("'00:00-24:00' is open the whole day, and said so")
    void allDay() {
        OpeningHours h = parsed("hours: {fri: \"00:00-24:00\", sat: \"00:00-24:00\"}");
        assertThat(h.isOpen(at(27, 0, 0))).isTrue();
        assertThat(h.isOpen(at(27, 23, 59))).isTrue();
        assertThat(h.isOpen(at(29, 12, 0))).as("sunday is not listed").isFalse();
        assertThat(h.today(at(27, 12, 0))).isEqualTo("all day");
    }

    @Test
    @DisplayName("a date closed is closed all day, even after a late night before it; special hours replace the weekday's")
    void closuresAndSpecialHours() {
        OpeningHours h = parsed("""
                hours: {fri: "17:00-02:00", sat: "11:00-22:00", sun: "12:00-21:00"}
                closures: ["2026-11-28"]
                special_hours: {"2026-11-29": "11:00-16:00"}
                """);
        assertThat(h.isOpen(at(28, 1, 0))).as("friday's late night does not run into a closed date").isFalse();
        assertThat(h.isOpen(at(28, 12, 0))).isFalse();
        assertThat(h.today(at(28, 12, 0))).isEqualTo("closed today");
        assertThat(h.isOpen(at(29, 11, 30))).isTrue();
        assertThat(h.isOpen(at(29, 17, 0))).as("the weekday's 9 PM does not apply on a special date").isFalse();
        assertThat(h.today(at(29, 12, 0))).isEqualTo("11 AM to 4 PM");
        assertThat(h.isOpen(at(27, 18, 0))).isTrue();
    }

    @Test
    @DisplayName("a date that is not a date, or an empty range, is reported where it is written")
    void badDates() {
        var root = new pizzeria.config.ConfigNode(readYaml("hours: {mon: \"12:00-12:00\"}\nclosures: [\"christmas\"]"), "",
                new pizzeria.config.Problems());
        HoursReader.read(root.get("hours"), root.get("closures"), root.get("special_hours"));
        assertThat(root.problems().all()).extracting(p -> p.path()).contains("hours.mon", "closures[0]");
    }

    @Test
    @DisplayName("'until close' ends with the opening on now, past midnight when it crosses it, or the day's last one")
    void closeAfter() {
        assertThat(hours.closeAfter(at(27, 20, 0))).isEqualTo(at(28, 2, 0));
        assertThat(hours.closeAfter(at(28, 1, 0))).as("the early hours belong to the night before").isEqualTo(at(28, 2, 0));
        assertThat(hours.closeAfter(at(29, 10, 0))).as("before opening: today's close").isEqualTo(at(29, 21, 0));
        assertThat(hours.closeAfter(at(30, 10, 0))).as("closed all day: the end of the day").isEqualTo(ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, NY));
    }
}
