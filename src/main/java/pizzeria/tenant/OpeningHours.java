package pizzeria.tenant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opening hours per weekday in the tenant's timezone, with dates closed and dates on hours of their own. A
 * range is start-inclusive, end-exclusive, and may cross midnight ("17:00-02:00" on Friday also covers early
 * Saturday); a date closed is closed all of that date, even after a late night before it.
 */
public final class OpeningHours {
    public record Range(LocalTime start, LocalTime end) {
        /** "00:00-24:00": open the whole day. */
        public static final Range ALL_DAY = new Range(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

        boolean crossesMidnight() { return !end.isAfter(start) && !equals(ALL_DAY); }

        boolean covers(LocalTime t) {
            if (equals(ALL_DAY)) return true;
            return crossesMidnight() ? !t.isBefore(start) : !t.isBefore(start) && t.isBefore(end);
        }
    }

    private final Map<DayOfWeek, List<Range>> days;
    private final Set<LocalDate> closures;
    private final Map<LocalDate, List<Range>> specialHours;

    public OpeningHours(Map<DayOfWeek, List<Range>> days) {
        this(days, Set.of(), Map.of());
    }

    public OpeningHours(Map<DayOfWeek, List<Range>> days, Set<LocalDate> closures, Map<LocalDate, List<Range>> specialHours) {
        this.days = new EnumMap<>(DayOfWeek.class);
        days.forEach((d, r) -> this.days.put(d, List.copyOf(r)));
        this.closures = Set.copyOf(closures);
        this.specialHours = new HashMap<>();
        specialHours.forEach((d, r) -> this.specialHours.put(d, List.copyOf(r)));
    }

    /** {@code now} must already be in the tenant's timezone. */
    public boolean isOpen(ZonedDateTime now) {
        LocalDate date = now.toLocalDate();
        if (closures.contains(date)) return false;
        LocalTime t = now.toLocalTime();
        for (Range r : on(date)) if (r.covers(t)) return true;
        for (Range r : on(date.minusDays(1))) if (r.crossesMidnight() && t.isBefore(r.end())) return true;
        return false;
    }

    /** The ranges of one date: none when it is closed, its own when it has special hours, else its weekday's. */
    private List<Range> on(LocalDate date) {
        if (closures.contains(date)) return List.of();
        List<Range> special = specialHours.get(date);
        return special != null ? special : days.getOrDefault(date.getDayOfWeek(), List.of());
    }

    /** Today's hours as said aloud: "11 AM to 10 PM", "all day", or "closed today". */
    public String today(ZonedDateTime now) {
        List<Range> ranges = on(now.toLocalDate());
        if (ranges.isEmpty()) return "closed today";
        if (ranges.contains(Range.ALL_DAY)) return "all day";
        return String.join(" and ", ranges.stream().map(r -> spoken(r.start()) + " to " + spoken(r.end())).toList());
    }

    /**
     * When "today" ends for the kitchen: the close of the opening that is on now (past midnight for one that
     * crosses it), or of today's last opening, or the end of the day when there is none left.
     */
    public ZonedDateTime closeAfter(ZonedDateTime now) {
        LocalDate date = now.toLocalDate();
        LocalTime t = now.toLocalTime();
        for (Range r : on(date.minusDays(1))) {
            if (r.crossesMidnight() && t.isBefore(r.end())) return now.with(r.end());
        }
        ZonedDateTime last = null;
        for (Range r : on(date)) {
            if (r.equals(Range.ALL_DAY)) return date.plusDays(1).atStartOfDay(now.getZone());
            ZonedDateTime end = r.crossesMidnight() ? date.plusDays(1).atTime(r.end()).atZone(now.getZone()) : now.with(r.end());
            if (r.covers(t)) return end;
            if (end.isAfter(now) && (last == null || end.isAfter(last))) last = end;
        }
        return last != null ? last : date.plusDays(1).atStartOfDay(now.getZone());
    }

    /** One date's hours as said aloud, or null when the restaurant is closed that day. */
    public String onDate(LocalDate date) {
        List<Range> ranges = on(date);
        if (ranges.isEmpty()) return null;
        if (ranges.contains(Range.ALL_DAY)) return "all day";
        return String.join(" and ", ranges.stream().map(r -> spoken(r.start()) + " to " + spoken(r.end())).toList());
    }

    /** The dates from {@code from} on with hours of their own: closures and special hours, in date order. */
    public List<LocalDate> exceptionsFrom(LocalDate from) {
        java.util.TreeSet<LocalDate> out = new java.util.TreeSet<>(closures);
        out.addAll(specialHours.keySet());
        return List.copyOf(out.tailSet(from, true));
    }

    /** Whether that date is closed outright (a closure), not merely a day without hours. */
    public boolean isClosure(LocalDate date) {
        return closures.contains(date);
    }

    private static String spoken(LocalTime t) {
        if (t.equals(LocalTime.MIDNIGHT)) return "midnight";
        if (t.equals(LocalTime.NOON)) return "noon";
        String pattern = t.getMinute() == 0 ? "h a" : "h:mm a";
        return t.format(DateTimeFormatter.ofPattern(pattern, Locale.US));
    }
}
