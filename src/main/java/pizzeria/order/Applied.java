package pizzeria.order;

import java.util.List;

/** The order after a tool call, and what happened. */
public record Applied(Order order, List<Note> notes) {
    public Applied {
        notes = List.copyOf(notes);
    }

    static Applied unchanged(Order order, Note note) {
        return new Applied(order, List.of(note));
    }
}
