package pizzeria.call;

import java.util.ArrayList;
import java.util.List;
import pizzeria.order.Note;

/** What one turn's tool calls amounted to, gathered before the reply is written. */
final class TurnActions {
    final List<Note> notes = new ArrayList<>();
    final List<List<Sentence>> answers = new ArrayList<>();
    boolean transfer;
    boolean repeat;
    /** The caller's words that fit nothing, beside what was understood. */
    final List<String> unheard = new ArrayList<>();
    /** Lines not added because words inside them fit nothing: the caller is asked to say them again. */
    final List<pizzeria.understand.HeldBack> heldBack = new ArrayList<>();
    /** An item held back earlier whose detail is asked for now. */
    pizzeria.understand.Pending.Detail askNext;
    /**
     * A question of ours the caller went past with "that's all" (a size, which item, a line to say again): asked
     * again before the order is read back, so no line is dropped in silence.
     */
    pizzeria.understand.Pending unfinished;
    /** Which of several items was meant is asked now, before any detail (which waits its turn). */
    boolean asksWhichItem;
    /** The second turn in a row without progress: the reply spells out what the caller can say. */
    boolean spellOutChoices;
    /** What the restaurant is out of now: not offered when something else is refused. */
    pizzeria.order.Availability out = pizzeria.order.Availability.NONE;
    /** Tool calls that went to the order desk, whether or not they changed anything. */
    int orderCalls;

    boolean understoodNothing() {
        return orderCalls == 0 && notes.isEmpty() && answers.isEmpty() && heldBack.isEmpty() && !transfer && !repeat;
    }
}
