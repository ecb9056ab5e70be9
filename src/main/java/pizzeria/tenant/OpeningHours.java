package pizzeria.tenant;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opening hours per weekday in the tenant's timezone. A range is start-inclusive, end-exclusive, and may
 * cross midnight ("17:00-02:00" on Friday also covers early Saturday).
 */
public final class OpeningHours {
    public record Range(LocalTime start, LocalTime end) {
        boolean crossesMidnight() { return !end.isAfter(start); }
    }

    private final Map<DayOfWeek, List<Range>> days;

    public OpeningHours(Map<DayOfWeek, List<Range>> days) {
        this.days = new EnumMap<>(DayOfWeek.class);
        days.forEach((d, r) -> this.days.put(d, List.copyOf(r)));
    }

    /** {@code now} must already be in the tenant's timezone. */
    public boolean isOpen(ZonedDateTime now) {
        LocalTime t = now.toLocalTime();
        for (Range r : days.getOrDefault(now.getDayOfWeek(), List.of())) {
            if (r.crossesMidnight() ? !t.isBefore(r.start()) : !t.isBefore(r.start()) && t.isBefore(r.end())) return true;
        }
        for (Range r : days.getOrDefault(now.getDayOfWeek().minus(1), List.of())) {
            if (r.crossesMidnight() && t.isBefore(r.end())) return true;
        }
        return false;
    }

    /** Today's hours as said aloud: "11 AM to 10 PM", or "closed today". */
    public String today(ZonedDateTime now) {
        List<Range> ranges = days.getOrDefault(now.getDayOfWeek(), List.of());
        if (ranges.isEmpty()) return "closed today";
        return String.join(" and ", ranges.stream().map(r -> spoken(r.start()) + " to " + spoken(r.end())).toList());
    }

    private static String spoken(LocalTime t) {
        if (t.equals(LocalTime.MIDNIGHT)) return "midnight";
        if (t.equals(LocalTime.NOON)) return "noon";
        String pattern = t.getMinute() == 0 ? "h a" : "h:mm a";
        return t.format(DateTimeFormatter.ofPattern(pattern, Locale.US));
    }
}
