package pizzeria.corpus.pizza;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * The scoring half of {@code score.py}, function by function: the cart in normal form, STRICT, ITEMS, fields, labels.
 * Its tables come from {@link Corpus}; what score.py writes inline in its functions is restated here: the similarity
 * weights, the drink-question test ("What size " not followed by "would you like the") and the label texts.
 */
final class Scoring {
    /** A topping of a suborder; {@code quantity} is "" when none was given (score.py's {@code t.get("quantity", "")}). */
    record Top(String topping, String quantity) { }

    record Pie(int number, String size, List<String> styles, List<Top> toppings, List<Top> notToppings,
               List<String> notStyles, String pizza, boolean sizeAsked, List<String> halves) {
        /** What score.py's {@code merged} compares: everything but the number and the halves. */
        Pie key() {
            return new Pie(0, size, styles, toppings, notToppings, notStyles, pizza, sizeAsked, null);
        }
    }

    record Drink(int number, String size, String drinktype, String container, String volume, boolean sizeAsked) {
        Drink key() {
            return new Drink(0, size, drinktype, container, volume, sizeAsked);
        }
    }

    record Order(List<Pie> pizzas, List<Drink> drinks) { }

    /** What one call did: score.py's {@code run_one} result. */
    record Run(String id, String text, List<String> questions, int answers, String error, String reply, boolean ended,
               List<Map<String, Object>> lines, Map<String, Integer> askedUnits, String afterAnswers) { }

    /** One utterance scored: score.py's {@code score} result. */
    record Scored(boolean strict, boolean items, Order gold, Order pred, List<Map<String, Boolean>> pizzaFields,
                  List<Map<String, Boolean>> drinkFields, List<Integer> pizzaAlign, List<Integer> drinkAlign,
                  List<String> labels, Clarification clarification) { }

    record Clarification(boolean asked, int count, boolean expected, boolean unexpected, boolean goldMissingSize) { }

    private static final Map<String, Integer> WEIGHTS = Map.of("number", 1, "size", 1, "style", 1, "toppings", 3,
            "toppings_qty", 1, "drinktype", 3, "container", 1, "volume", 1);
    private static final Pattern DRINK_QUESTION = Pattern.compile("What size (?!would you like the)");

    private final Corpus c;

    Scoring(Corpus corpus) {
        this.c = corpus;
    }

    // ------------------------------------------------------------------ normal form

    @SuppressWarnings("unchecked")
    static Order gold(Map<String, Object> expected) {
        List<Pie> pies = new ArrayList<>();
        for (Object o : (List<Object>) expected.get("pizzas")) {
            Map<String, Object> p = (Map<String, Object>) o;
            pies.add(new Pie(((Number) p.get("number")).intValue(), (String) p.get("size"), (List<String>) p.get("styles"),
                    tops(p.get("toppings")), tops(p.get("not_toppings")), (List<String>) p.get("not_styles"), null, false, null));
        }
        List<Drink> drinks = new ArrayList<>();
        for (Object o : (List<Object>) expected.get("drinks")) {
            Map<String, Object> d = (Map<String, Object>) o;
            drinks.add(new Drink(((Number) d.get("number")).intValue(), (String) d.get("size"), (String) d.get("drinktype"),
                    (String) d.get("container"), (String) d.get("volume"), false));
        }
        return new Order(pies, drinks);
    }

    @SuppressWarnings("unchecked")
    private static List<Top> tops(Object list) {
        List<Top> out = new ArrayList<>();
        for (Object o : (List<Object>) list) {
            Map<String, Object> t = (Map<String, Object>) o;
            out.add(new Top((String) t.get("topping"), (String) t.getOrDefault("quantity", "")));
        }
        return out;
    }

    /** The cart as normalised suborders (score.py's {@code predicted}). */
    @SuppressWarnings("unchecked")
    Order predicted(Run r) {
        List<Pie> pies = new ArrayList<>();
        List<Drink> drinks = new ArrayList<>();
        for (Map<String, Object> line : r.lines()) {
            int qty = ((Number) line.get("quantity")).intValue();
            int asked = r.askedUnits().getOrDefault(String.valueOf(line.get("lineId")), 0);
            List<Object[]> parts = asked != 0 ? List.of(new Object[] {qty - asked, false}, new Object[] {asked, true})
                    : List.<Object[]>of(new Object[] {qty, false});
            for (Object[] part : parts) {
                int number = (Integer) part[0];
                boolean sizeAsked = (Boolean) part[1];
                if (number <= 0) continue;
                String lineSize = (String) line.get("size");
                String size = sizeAsked || lineSize == null ? null : c.sizeOf.getOrDefault(lineSize, lineSize);
                Map<String, Object> opts = line.get("options") == null ? Map.of() : (Map<String, Object>) line.get("options");
                String itemId = (String) line.get("itemId");
                if (c.pizzaIds.contains(itemId)) {
                    List<String> styles = new ArrayList<>();
                    String spec = c.pizzaStyle.get(itemId);
                    if (spec != null) styles.add(spec);
                    String crustId = opts.get("crust") == null || "".equals(opts.get("crust")) ? c.defaultCrust : (String) opts.get("crust");
                    String crust = c.crusts.get(crustId);
                    if (crust != null) styles.add(crust);
                    List<Top> toppings = new ArrayList<>();
                    List<String> halves = new ArrayList<>();
                    for (Object o : opts.get("toppings") == null ? List.of() : (List<Object>) opts.get("toppings")) {
                        Map<String, Object> t = (Map<String, Object>) o;
                        String id = (String) t.get("id");
                        Object amount = t.get("amount");
                        if (c.extraOf.containsKey(id)) toppings.add(new Top(c.extraOf.get(id).get(0), c.extraOf.get(id).get(1)));
                        else if ("extra".equals(amount) || "light".equals(amount)) toppings.add(new Top(Corpus.constant(id), ((String) amount).toUpperCase()));
                        else toppings.add(new Top(Corpus.constant(id), ""));
                        if (!"whole".equals(t.getOrDefault("placement", "whole"))) halves.add(id);
                    }
                    styles.sort(Comparator.naturalOrder());
                    toppings.sort(Comparator.comparing(Top::topping).thenComparing(Top::quantity));
                    List<Top> removed = new ArrayList<>();
                    for (String id : new TreeSet<>(opts.get("removed") == null ? List.<String>of() : (List<String>) opts.get("removed"))) {
                        removed.add(new Top(Corpus.constant(id), ""));
                    }
                    pies.add(new Pie(number, size, styles, toppings, removed, List.of(), itemId, sizeAsked, halves.isEmpty() ? null : halves));
                } else {
                    drinks.add(new Drink(number, size, Corpus.constant(itemId), c.containerOf.get((String) opts.get("container")),
                            c.volumeOf.get((String) opts.get("volume")), sizeAsked));
                }
            }
        }
        return new Order(pies, drinks);
    }

    static List<Pie> mergedPies(List<Pie> subs) {
        Map<Pie, Pie> out = new LinkedHashMap<>();
        for (Pie s : subs) {
            out.merge(s.key(), s, (a, b) -> new Pie(a.number() + b.number(), a.size(), a.styles(), a.toppings(),
                    a.notToppings(), a.notStyles(), a.pizza(), a.sizeAsked(), a.halves()));
        }
        return new ArrayList<>(out.values());
    }

    static List<Drink> mergedDrinks(List<Drink> subs) {
        Map<Drink, Drink> out = new LinkedHashMap<>();
        for (Drink s : subs) {
            out.merge(s.key(), s, (a, b) -> new Drink(a.number() + b.number(), a.size(), a.drinktype(), a.container(),
                    a.volume(), a.sizeAsked()));
        }
        return new ArrayList<>(out.values());
    }

    // ------------------------------------------------------------------ comparing

    /** What is on the pie: topping -> quantity ("" when none); score.py's {@code effective_toppings}. */
    Map<String, String> effective(Pie sub, boolean gold, List<String> includes) {
        if (includes == null) includes = gold ? c.includesOfStyles(sub.styles()) : c.includes.getOrDefault(sub.pizza(), List.of());
        Map<String, String> negated = new LinkedHashMap<>();
        for (Top t : sub.notToppings()) negated.put(t.topping(), t.quantity());
        Map<String, String> eff = new LinkedHashMap<>();
        for (String t : includes) if (!"".equals(negated.get(t))) eff.put(t, "");
        for (Top t : sub.toppings()) {
            String have = eff.get(t.topping());
            if (have != null && !have.isEmpty() && t.quantity().isEmpty()) continue;
            eff.put(t.topping(), t.quantity());
        }
        negated.forEach((t, q) -> {
            if (eff.containsKey(t) && (q.isEmpty() || eff.get(t).equals(q))) eff.remove(t);
        });
        return eff;
    }

    Map<String, String> effective(Pie sub, boolean gold) {
        return effective(sub, gold, null);
    }

    boolean stylesOk(Pie g, Pie p, boolean relaxed) {
        Set<String> gs = new HashSet<>(g.styles()), ps = new HashSet<>(p.styles());
        if (!relaxed) return gs.equals(ps);
        Set<String> gc = new HashSet<>(gs), pc = new HashSet<>(ps);
        gc.retainAll(c.crustStyles);
        pc.retainAll(c.crustStyles);
        Set<String> gRest = new HashSet<>(gs), pRest = new HashSet<>(ps);
        gRest.removeAll(gc);
        pRest.removeAll(pc);
        if (!gRest.equals(pRest)) return false;
        if (gc.size() <= 1) return gc.equals(pc);
        return pc.size() == 1 && gc.containsAll(pc);
    }

    static boolean sizeOk(String gold, String pred) {
        return gold == null || gold.equals(pred);
    }

    Map<String, Boolean> pizzaFields(Pie g, Pie p) {
        Map<String, String> ge = effective(g, true), pe = effective(p, false);
        Map<String, Boolean> f = new LinkedHashMap<>();
        f.put("number", g.number() == p.number());
        f.put("size", sizeOk(g.size(), p.size()));
        f.put("style", stylesOk(g, p, false));
        f.put("style_relaxed", stylesOk(g, p, true));
        f.put("toppings", ge.keySet().equals(pe.keySet()));
        f.put("toppings_qty", ge.equals(pe));
        return f;
    }

    static Map<String, Boolean> drinkFields(Drink g, Drink p) {
        Map<String, Boolean> f = new LinkedHashMap<>();
        f.put("number", g.number() == p.number());
        f.put("size", sizeOk(g.size(), p.size()));
        f.put("drinktype", Objects.equals(g.drinktype(), p.drinktype()));
        f.put("container", Objects.equals(g.container(), p.container()));
        f.put("volume", Objects.equals(g.volume(), p.volume()));
        return f;
    }

    boolean pizzaEqual(Pie g, Pie p, boolean relaxed) {
        Map<String, Boolean> f = pizzaFields(g, p);
        boolean ok = f.get("number") && f.get("size");
        if (relaxed) return ok && f.get("style_relaxed") && f.get("toppings");
        return ok && f.get("style") && f.get("toppings_qty");
    }

    static boolean drinkEqual(Drink g, Drink p) {
        return !drinkFields(g, p).containsValue(false);
    }

    /** Whether every gold suborder pairs with its own equal predicted one and none is left over (augmenting paths). */
    static <G, P> boolean perfectMatch(List<G> golds, List<P> preds, BiPredicate<G, P> equal) {
        if (golds.size() != preds.size()) return false;
        Map<Integer, Integer> match = new HashMap<>();
        for (int i = 0; i < golds.size(); i++) {
            if (!augment(i, new HashSet<>(), golds, preds, equal, match)) return false;
        }
        return true;
    }

    private static <G, P> boolean augment(int i, Set<Integer> seen, List<G> golds, List<P> preds, BiPredicate<G, P> equal,
                                          Map<Integer, Integer> match) {
        for (int j = 0; j < preds.size(); j++) {
            if (seen.contains(j) || !equal.test(golds.get(i), preds.get(j))) continue;
            seen.add(j);
            if (!match.containsKey(j) || augment(match.get(j), seen, golds, preds, equal, match)) {
                match.put(j, i);
                return true;
            }
        }
        return false;
    }

    static int similarity(Map<String, Boolean> fields) {
        int s = 0;
        for (var e : fields.entrySet()) if (e.getValue()) s += WEIGHTS.getOrDefault(e.getKey(), 0);
        return s;
    }

    /**
     * For each gold suborder, the predicted one it is paired with (null: none), maximising total similarity: every
     * assignment in itertools.permutations' order, the first best kept; greedy beyond six suborders, as score.py.
     */
    static <G, P> List<Integer> align(List<G> golds, List<P> preds, BiFunction<G, P, Map<String, Boolean>> fieldsOf) {
        int n = golds.size(), m = preds.size();
        if (n == 0) return List.of();
        int[][] table = new int[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) table[i][j] = similarity(fieldsOf.apply(golds.get(i), preds.get(j)));
        if (n <= 6 && m <= 6) {
            int slots = m + n;                    // positions 0..m-1 are predictions, the rest are "none"
            int[] perm = new int[n];
            int[][] best = {null};
            int[] bestScore = {-1};
            permute(0, perm, new boolean[slots], n, m, table, best, bestScore);
            List<Integer> out = new ArrayList<>();
            for (int p : best[0]) out.add(p < m ? p : null);
            return out;
        }
        Set<Integer> used = new HashSet<>();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Integer pick = null;
            int pickScore = Integer.MIN_VALUE;
            for (int j = 0; j < m; j++) {                   // max((score, j)): ties go to the larger j
                if (used.contains(j)) continue;
                if (table[i][j] > pickScore || table[i][j] == pickScore) { pick = j; pickScore = table[i][j]; }
            }
            if (pick != null) used.add(pick);
            out.add(pick);
        }
        return out;
    }

    private static void permute(int depth, int[] perm, boolean[] taken, int n, int m, int[][] table, int[][] best, int[] bestScore) {
        if (depth == n) {
            int score = 0;
            for (int i = 0; i < n; i++) if (perm[i] < m) score += table[i][perm[i]] + 1;
            if (score > bestScore[0]) { bestScore[0] = score; best[0] = perm.clone(); }
            return;
        }
        for (int s = 0; s < taken.length; s++) {
            if (taken[s]) continue;
            taken[s] = true;
            perm[depth] = s;
            permute(depth + 1, perm, taken, n, m, table, best, bestScore);
            taken[s] = false;
        }
    }

    // ------------------------------------------------------------------ one utterance

    Scored score(Map<String, Object> expected, Run r) {
        Order g0 = gold(expected);
        Order gold = new Order(mergedPies(g0.pizzas()), mergedDrinks(g0.drinks()));
        Order p0 = r.error() == null ? predicted(r) : new Order(List.of(), List.of());
        Order pred = new Order(mergedPies(p0.pizzas()), mergedDrinks(p0.drinks()));
        boolean drinksOk = perfectMatch(gold.drinks(), pred.drinks(), Scoring::drinkEqual);
        boolean strict = perfectMatch(gold.pizzas(), pred.pizzas(), (g, p) -> pizzaEqual(g, p, false)) && drinksOk;
        boolean items = perfectMatch(gold.pizzas(), pred.pizzas(), (g, p) -> pizzaEqual(g, p, true)) && drinksOk;
        if (r.error() != null) strict = items = false;
        List<Integer> pf = align(gold.pizzas(), pred.pizzas(), this::pizzaFields);
        List<Integer> df = align(gold.drinks(), pred.drinks(), Scoring::drinkFields);
        List<Map<String, Boolean>> pizzaFields = new ArrayList<>(), drinkFields = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < pf.size(); i++) {
            Integer j = pf.get(i);
            if (j == null) { pizzaFields.add(null); labels.add("pizza suborder missing"); continue; }
            Map<String, Boolean> f = pizzaFields(gold.pizzas().get(i), pred.pizzas().get(j));
            pizzaFields.add(f);
            labels.addAll(pizzaLabels(gold.pizzas().get(i), pred.pizzas().get(j), f));
        }
        for (int j = 0; j < pred.pizzas().size(); j++) if (!pf.contains(j)) labels.add("extra pizza suborder");
        for (int i = 0; i < df.size(); i++) {
            Integer j = df.get(i);
            if (j == null) { drinkFields.add(null); labels.add("drink suborder missing"); continue; }
            Drink p = pred.drinks().get(j);
            Map<String, Boolean> f = drinkFields(gold.drinks().get(i), p);
            drinkFields.add(f);
            for (String k : List.of("number", "size", "drinktype", "container", "volume")) {
                if (!f.get(k)) labels.add("drink " + k + (k.equals("size") && p.sizeAsked() ? " said but asked" : " wrong"));
            }
        }
        for (int j = 0; j < pred.drinks().size(); j++) if (!df.contains(j)) labels.add("extra drink suborder");
        if (r.error() != null) labels = List.of("gateway error");
        Set<String> kinds = new HashSet<>();
        for (String q : r.questions()) kinds.add(DRINK_QUESTION.matcher(q).find() ? "drink" : "pizza");
        Map<String, Boolean> missingSize = Map.of(
                "pizza", gold.pizzas().stream().anyMatch(x -> x.size() == null),
                "drink", gold.drinks().stream().anyMatch(x -> x.size() == null));
        boolean asked = !r.questions().isEmpty();
        boolean allMissing = kinds.stream().allMatch(missingSize::get);
        Clarification clar = new Clarification(asked, r.questions().size(), asked && allMissing, asked && !allMissing,
                missingSize.get("pizza") || missingSize.get("drink"));
        return new Scored(strict, items, gold, pred, pizzaFields, drinkFields, pf, df,
                strict ? List.of() : new ArrayList<>(new TreeSet<>(labels)), clar);
    }

    private List<String> pizzaLabels(Pie g, Pie p, Map<String, Boolean> f) {
        List<String> out = new ArrayList<>();
        if (!f.get("number")) out.add("pizza number wrong");
        if (!f.get("size")) out.add(p.sizeAsked() ? "pizza size said but asked" : "pizza size wrong");
        Set<String> gs = new HashSet<>(g.styles()), ps = new HashSet<>(p.styles());
        for (String s : gs) if (!ps.contains(s)) out.add("style not heard: " + s);
        for (String s : ps) {
            if (!gs.contains(s)) out.add(g.notStyles().contains(s) ? "negated style applied: " + s : "spurious style: " + s);
        }
        Set<String> gRest = new HashSet<>(gs), pRest = new HashSet<>(ps);
        gRest.removeAll(c.crustStyles);
        pRest.removeAll(c.crustStyles);
        Map<String, String> ge, pe;
        if (gRest.equals(pRest)) {
            ge = effective(g, true);
            pe = effective(p, false);
        } else {                           // another specialty: compare only what was named on top of it
            ge = effective(g, true, List.of());
            pe = effective(p, false, List.of());
        }
        Set<String> negated = new HashSet<>();
        g.notToppings().forEach(t -> negated.add(t.topping()));
        if (!pe.keySet().containsAll(ge.keySet())) out.add("topping not heard");
        for (String t : pe.keySet()) {
            if (!ge.containsKey(t)) out.add(negated.contains(t) ? "negated topping kept or added" : "spurious topping");
        }
        for (String t : ge.keySet()) {
            if (pe.containsKey(t) && !ge.get(t).equals(pe.get(t))) out.add(ge.get(t).isEmpty() ? "topping quantity spurious" : "topping quantity lost");
        }
        return out;
    }
}
