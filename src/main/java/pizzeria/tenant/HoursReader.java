package pizzeria.tenant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import pizzeria.config.ConfigNode;

/**
 * Reads {@code hours}: weekday → "HH:MM-HH:MM" (several ranges separated by commas; "00:00-24:00" is the whole
 * day), {@code closures}: dates closed, and {@code special_hours}: date → ranges for that date only.
 */
final class HoursReader {
    private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);

    private HoursReader() { }

    static OpeningHours read(ConfigNode hours, ConfigNode closures, ConfigNode special) {
        Map<DayOfWeek, List<OpeningHours.Range>> days = new EnumMap<>(DayOfWeek.class);
        if (hours.isMissing()) hours.problem("is required (closed days are simply left out)");
        hours.entries().forEach((day, value) -> {
            DayOfWeek d = DAYS.get(day);
            if (d == null) { value.problem("'" + day + "' is not a day; use mon, tue, wed, thu, fri, sat, sun"); return; }
            days.put(d, ranges(value));
        });
        Set<LocalDate> closed = new HashSet<>();
        for (ConfigNode c : closures.elements()) date(c, c.text()).ifPresent(closed::add);
        Map<LocalDate, List<OpeningHours.Range>> dates = new HashMap<>();
        special.entries().forEach((date, value) -> date(value, date).ifPresent(d -> dates.put(d, ranges(value))));
        return new OpeningHours(days, closed, dates);
    }

    private static List<OpeningHours.Range> ranges(ConfigNode value) {
        List<OpeningHours.Range> ranges = new ArrayList<>();
        for (String range : value.text().split(",")) {
            OpeningHours.Range r = range(range.trim());
            if (r == null) value.problem("'" + range.trim() + "' is not a range like 11:00-22:00 (or 00:00-24:00)");
            else ranges.add(r);
        }
        return ranges;
    }

    private static Optional<LocalDate> date(ConfigNode where, String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            where.problem("'" + text + "' is not a date like 2026-12-25");
            return Optional.empty();
        }
    }

    private static OpeningHours.Range range(String text) {
        String[] ends = text.split("-");
        if (ends.length != 2) return null;
        try {
            LocalTime start = LocalTime.parse(pad(ends[0].trim()));
            boolean toMidnight = ends[1].trim().equals("24:00");
            LocalTime end = toMidnight ? LocalTime.MIDNIGHT : LocalTime.parse(pad(ends[1].trim()));
            if (start.equals(LocalTime.MIDNIGHT) && toMidnight) return OpeningHours.Range.ALL_DAY;
            return start.equals(end) ? null : new OpeningHours.Range(start, end);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String pad(String t) {
        return t.length() == 4 ? "0" + t : t;
    }
}
