package pizzeria.order;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import pizzeria.menu.ItemRequest;

/**
 * Which line a caller means: a line id (the language model sees them), or a description ("the knots",
 * "the large pepperoni"), or, when both are null, the line spoken about last.
 */
public record LineTarget(Integer lineId, ItemRequest description) {
    public static LineTarget last() { return new LineTarget(null, null); }
    public static LineTarget line(int id) { return new LineTarget(id, null); }
    public static LineTarget like(ItemRequest description) { return new LineTarget(null, description); }

    /** The best matching line: the newest line of the described item, preferring matching size and options. */
    public Optional<OrderLine> find(List<OrderLine> lines) {
        if (lines.isEmpty()) return Optional.empty();
        if (lineId != null) return lines.stream().filter(l -> l.lineId() == lineId).findFirst();
        if (description == null) return Optional.of(lines.get(lines.size() - 1));
        return lines.stream()
                .filter(l -> l.item().itemId().equals(description.itemId()))
                .max(Comparator.comparingInt((OrderLine l) -> likeness(l)).thenComparingInt(OrderLine::lineId));
    }

    private int likeness(OrderLine line) {
        int score = 0;
        if (description.size() != null && description.size().equals(line.item().size())) score += 2;
        for (var e : description.options().entrySet()) {
            if (e.getValue().equals(line.item().options().get(e.getKey()))) score++;
        }
        return score;
    }
}
