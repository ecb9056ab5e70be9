package pizzeria.menu;

import java.util.List;

/** One application of a deal: which line units it took and what it saved. */
public record DealUse(String dealId, String name, int savingsCents, List<Integer> lineIds) {
    public DealUse {
        lineIds = List.copyOf(lineIds);
    }
}
