package pizzeria.call;

import java.util.ArrayList;
import java.util.List;
import pizzeria.order.Note;

/** What one turn's tool calls amounted to, gathered before the reply is written. */
final class TurnActions {
    final List<Note> notes = new ArrayList<>();
    final List<String> answers = new ArrayList<>();
    boolean transfer;
    boolean repeat;

    boolean understoodNothing() {
        return notes.isEmpty() && answers.isEmpty() && !transfer && !repeat;
    }
}
