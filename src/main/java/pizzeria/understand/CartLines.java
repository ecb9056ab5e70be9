package pizzeria.understand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.Menu;
import pizzeria.menu.MenuItem;
import pizzeria.menu.MenuSection;
import pizzeria.menu.Sense;
import pizzeria.order.LineTarget;
import pizzeria.order.Order;
import pizzeria.order.OrderLine;
import pizzeria.order.ToolCall;

/**
 * Which line of the cart the caller means when they do not name its item: by a word of its name ("take off the eggplant
 * one"), or by a detail it already has ("make the pepperoni one a large", "never mind the olives"). Never the newest line
 * by guess.
 */
final class CartLines {
    private final Menu menu;
    private final Lexicon lexicon;
    private final Patches patches;

    CartLines(Menu menu, Lexicon lexicon, Patches patches) {
        this.menu = menu;
        this.lexicon = lexicon;
        this.patches = patches;
    }

    /** The one item in the cart whose name holds every one of these words, if exactly one does. */
    Optional<String> lineNamed(Order order, List<String> words) {
        List<String> said = words.stream().flatMap(w -> Arrays.stream(w.split(" "))).toList();
        List<String> ids = order.lines().stream().map(l -> l.item().itemId()).distinct().filter(id -> {
            List<String> name = nameWords(id);
            return said.stream().allMatch(w -> name.stream().anyMatch(n -> n.equals(w) || FuzzyWord.same(w, n)));
        }).toList();
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /** "on the salad" beside the salad added: the words are all in the name of one of these items, so they were heard. */
    boolean namesAnAddedItem(String words, List<String> itemIds) {
        List<String> said = Words.tokens(words).stream().map(Token::text).toList();
        return itemIds.stream().distinct().anyMatch(id -> nameWords(id).containsAll(said));
    }

    /** The newest line holding these details, changed to be without them, where its section says "without". */
    Optional<ToolCall> withoutOnLine(Order order, List<Lexicon.Meaning> details) {
        for (int i = order.lines().size() - 1; i >= 0; i--) {
            OrderLine line = order.lines().get(i);
            if (details.stream().anyMatch(m -> !has(line, m))) continue;
            MenuSection section = menu.sectionOf(line.item().itemId());
            Optional<Lexicon.Meaning> without = lexicon.marker(section, "without");
            if (without.isEmpty()) return Optional.empty();
            List<Lexicon.Meaning> said = new ArrayList<>(List.of(without.get()));
            said.addAll(details);
            return Optional.of(new ToolCall.ChangeItem(LineTarget.line(line.lineId()), patches.of(line.item().itemId(), said, List.of())));
        }
        return Optional.empty();
    }

    /** The line already has what this detail says (pepperoni among its toppings, ranch as its dressing); sizes aside. */
    boolean has(OrderLine line, Lexicon.Meaning m) {
        if (((Sense.Modifier) m.sense()).marker()) return false;
        ItemRequest said = patches.of(line.item().itemId(), List.of(m), List.of());
        return holds(line.item().options(), said.options());
    }

    /** Every option said is already on the line (and something was said): it names the line rather than changing it. */
    static boolean holds(Map<String, Object> mine, Map<String, Object> said) {
        List<Map.Entry<String, Object>> saying = said.entrySet().stream().filter(e -> e.getValue() != null
                && !(e.getValue() instanceof List<?> l && l.isEmpty())).toList();
        return !saying.isEmpty() && saying.stream().allMatch(e -> e.getValue().equals(mine.get(e.getKey()))
                || e.getValue() instanceof List<?> want && mine.get(e.getKey()) instanceof List<?> got && got.containsAll(want));
    }

    private List<String> nameWords(String itemId) {
        return Words.tokens(menu.item(itemId).map(MenuItem::name).orElse(itemId)).stream().map(Token::text).toList();
    }
}
