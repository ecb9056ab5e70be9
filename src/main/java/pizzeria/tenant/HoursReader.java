package pizzeria.tenant;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import pizzeria.config.ConfigNode;

/** Reads {@code hours}: weekday → "HH:MM-HH:MM" (several ranges separated by commas). */
final class HoursReader {
    private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);

    private HoursReader() { }

    static OpeningHours read(ConfigNode hours) {
        Map<DayOfWeek, List<OpeningHours.Range>> days = new EnumMap<>(DayOfWeek.class);
        if (hours.isMissing()) hours.problem("is required (closed days are simply left out)");
        hours.entries().forEach((day, value) -> {
            DayOfWeek d = DAYS.get(day);
            if (d == null) { value.problem("'" + day + "' is not a day; use mon, tue, wed, thu, fri, sat, sun"); return; }
            List<OpeningHours.Range> ranges = new ArrayList<>();
            for (String range : value.text().split(",")) {
                OpeningHours.Range r = range(range.trim());
                if (r == null) value.problem("'" + range.trim() + "' is not a range like 11:00-22:00");
                else ranges.add(r);
            }
            days.put(d, ranges);
        });
        return new OpeningHours(days);
    }

    private static OpeningHours.Range range(String text) {
        String[] ends = text.split("-");
        if (ends.length != 2) return null;
        try {
            LocalTime start = LocalTime.parse(pad(ends[0].trim()));
            LocalTime end = ends[1].trim().equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(pad(ends[1].trim()));
            return start.equals(end) ? null : new OpeningHours.Range(start, end);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String pad(String t) {
        return t.length() == 4 ? "0" + t : t;
    }
}
