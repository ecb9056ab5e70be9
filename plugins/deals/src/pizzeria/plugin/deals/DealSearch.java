package pizzeria.plugin.deals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pizzeria.menu.DealUse;
import pizzeria.menu.PricedItem;
import pizzeria.menu.Unit;

/**
 * Finds the combination of deal uses that saves the caller the most. Units that no deal can tell apart
 * (same item, size, base price, toppings or not) are counted together, and the search remembers the best
 * result for each set of counts left, so it stays small for any real cart.
 */
final class DealSearch {
    /** Units a deal cannot tell apart, and the lines they come from. */
    private record Kind(PricedItem sample, Deque<Integer> lineIds) { }

    private record Plan(int savings, List<Use> uses) { }

    private record Use(Deal deal, int[] taken, int savings) { }

    private final List<Deal> deals;
    private final List<Kind> kinds = new ArrayList<>();
    private final Map<String, Plan> memo = new HashMap<>();

    DealSearch(List<Deal> deals, List<Unit> units) {
        this.deals = deals;
        Map<String, Kind> byKey = new LinkedHashMap<>();
        for (Unit u : units) {
            PricedItem i = u.item();
            boolean plain = !(i.options().get("toppings") instanceof List<?> t) || t.isEmpty();
            String key = i.itemId() + "|" + i.size() + "|" + i.baseCents() + "|" + plain;
            byKey.computeIfAbsent(key, k -> new Kind(i, new ArrayDeque<>())).lineIds().add(u.lineId());
        }
        kinds.addAll(byKey.values());
    }

    List<DealUse> best() {
        int[] counts = kinds.stream().mapToInt(k -> k.lineIds().size()).toArray();
        List<DealUse> out = new ArrayList<>();
        for (Use use : plan(counts).uses()) {
            List<Integer> lines = new ArrayList<>();
            for (int k = 0; k < kinds.size(); k++) for (int n = 0; n < use.taken()[k]; n++) lines.add(kinds.get(k).lineIds().poll());
            out.add(new DealUse(use.deal().id(), use.deal().name(), use.savings(), lines));
        }
        return out;
    }

    private Plan plan(int[] counts) {
        String key = Arrays.toString(counts);
        Plan known = memo.get(key);
        if (known != null) return known;
        Plan best = new Plan(0, List.of());
        for (Deal deal : deals) {
            for (int[] taken : ways(deal, 0, counts, new int[counts.length])) {
                int base = 0;
                for (int k = 0; k < taken.length; k++) base += taken[k] * kinds.get(k).sample().baseCents();
                int saved = base - deal.priceCents();
                if (saved <= 0) continue;
                int[] left = counts.clone();
                for (int k = 0; k < left.length; k++) left[k] -= taken[k];
                Plan rest = plan(left);
                if (saved + rest.savings() > best.savings()) {
                    List<Use> uses = new ArrayList<>();
                    uses.add(new Use(deal, taken, saved));
                    uses.addAll(rest.uses());
                    best = new Plan(saved + rest.savings(), uses);
                }
            }
        }
        memo.put(key, best);
        return best;
    }

    /** Every way to fill the deal's clauses from {@code clause} on with the units left. */
    private List<int[]> ways(Deal deal, int clause, int[] left, int[] taken) {
        if (clause == deal.clauses().size()) return List.of(taken.clone());
        List<int[]> out = new ArrayList<>();
        fill(deal, clause, deal.clauses().get(clause).count(), 0, left, taken, out);
        return out;
    }

    private void fill(Deal deal, int clause, int need, int from, int[] left, int[] taken, List<int[]> out) {
        if (need == 0) { out.addAll(ways(deal, clause + 1, left, taken)); return; }
        Deal.Clause c = deal.clauses().get(clause);
        for (int k = from; k < kinds.size(); k++) {
            if (left[k] - taken[k] <= 0 || !c.matches(kinds.get(k).sample())) continue;
            taken[k]++;
            fill(deal, clause, need - 1, k, left, taken, out);
            taken[k]--;
        }
    }
}
