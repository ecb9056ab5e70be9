package pizzeria.corpus.pizza;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pizzeria.corpus.pizza.Scoring.Drink;
import pizzeria.corpus.pizza.Scoring.Pie;
import pizzeria.corpus.pizza.Scoring.Run;
import pizzeria.corpus.pizza.Scoring.Scored;

/** Why a STRICT failure failed: score.py's {@code patterns}, with the word lists read from score.py. */
final class FailurePatterns {
    record Found(List<String> patterns, List<String> details) { }

    private final Corpus c;
    private final Scoring scoring;
    private final Map<String, String> patterns;
    private final List<String> negations, remove, cues, outOfCatalog;
    private final Pattern boundaries, pizzaNoun;

    FailurePatterns(Corpus corpus, Scoring scoring) {
        this.c = corpus;
        this.scoring = scoring;
        patterns = corpus.patterns();
        negations = corpus.words("GATEWAY_NEGATIONS = ");
        remove = corpus.words("GATEWAY_REMOVE = ");
        cues = corpus.words("NEGATION_CUES = ");
        outOfCatalog = corpus.words("OUT_OF_CATALOG = ");
        boundaries = Pattern.compile(corpus.regex("GATEWAY_BOUNDARIES = "));
        pizzaNoun = Pattern.compile(corpus.regex("PIZZA_NOUN = "));
    }

    Map<String, String> descriptions() {
        return patterns;
    }

    Found of(String rowText, Run r, Scored s) {
        if (r.error() != null) return new Found(List.of("other"), List.of("gateway error: " + r.error()));
        String text = rowText.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>(), details = new ArrayList<>();
        List<String> segments = Arrays.stream(boundaries.split(text, -1)).map(String::strip).toList();
        List<String> drinkWords = c.allDrinkWords();
        List<String> specialtyWords = new ArrayList<>();
        c.pizzaNames.forEach((pid, names) -> { if (!pid.equals("plain")) specialtyWords.addAll(names); });
        List<Pie> goldPies = s.gold().pizzas(), predPies = s.pred().pizzas();
        List<Integer> pairs = s.pizzaAlign();
        List<Pie> missingPizzas = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) if (pairs.get(i) == null) missingPizzas.add(goldPies.get(i));
        List<Drink> missingDrinks = new ArrayList<>();
        for (int i = 0; i < s.drinkAlign().size(); i++) if (s.drinkAlign().get(i) == null) missingDrinks.add(s.gold().drinks().get(i));
        List<Pie> extraPizzas = new ArrayList<>();
        for (int j = 0; j < predPies.size(); j++) if (!pairs.contains(j)) extraPizzas.add(predPies.get(j));

        boolean missingAny = !missingPizzas.isEmpty() || !missingDrinks.isEmpty();
        if (remove.stream().anyMatch(p -> find("\\b" + Pattern.quote(p) + "\\b", text)) && missingAny) found.add("remove-phrase");
        if (!r.questions().isEmpty() && (missingPizzas.stream().anyMatch(g -> g.size() == null)
                || missingDrinks.stream().anyMatch(g -> g.size() == null))) found.add("only-last-size");
        if (!missingPizzas.isEmpty() && !found.contains("only-last-size") && !found.contains("remove-phrase")) {
            boolean mixed = segments.stream().anyMatch(seg -> !mentions(seg, drinkWords).isEmpty() && pizzaWords(seg, specialtyWords));
            boolean crowded = segments.stream().anyMatch(seg -> count(pizzaNoun, seg) + mentions(seg, specialtyWords).size() >= 2);
            boolean drinks = !s.gold().drinks().isEmpty();
            if (mixed) found.add("drink-takes-phrase");
            else if (crowded || goldPies.size() >= 2 && !drinks) found.add("pies-merged");
            else if (drinks) found.add("loose-pizza-into-drink");
            else if (goldPies.size() >= 2) found.add("pies-merged");
        }
        if (extraPizzas.stream().anyMatch(Pie::sizeAsked)
                || predPies.size() > goldPies.size() && predPies.stream().anyMatch(Pie::sizeAsked)) found.add("split-pie");
        for (int j = 0; j < s.pred().drinks().size(); j++) {
            Drink p = s.pred().drinks().get(j);
            if (!s.drinkAlign().contains(j) && mentions(text, c.drinkNames.getOrDefault(p.drinktype(), List.of())).isEmpty()) {
                found.add("near-miss");            // "comes" heard as "cokes"
            }
        }
        for (int i = 0; i < pairs.size(); i++) {
            Integer j = pairs.get(i);
            if (j == null) continue;
            Pie g = goldPies.get(i), p = predPies.get(j);
            List<Pie> others = new ArrayList<>();
            for (int k = 0; k < pairs.size(); k++) if (k != i) others.add(goldPies.get(k));
            Map<String, String> ge = scoring.effective(g, true), pe = scoring.effective(p, false);
            Set<String> negated = new HashSet<>();
            g.notToppings().forEach(t -> negated.add(t.topping()));
            for (String t : pe.keySet()) {
                if (ge.containsKey(t)) continue;
                if (negated.contains(t)) {
                    List<Integer> spots = mentions(text, c.toppingNames.getOrDefault(t, List.of(t.toLowerCase(Locale.ROOT).replace("_", " "))));
                    String cue = spots.isEmpty() ? null : negationCue(text, spots.get(spots.size() - 1));
                    if (spots.isEmpty()) found.add("out-of-catalog");        // said with a word no catalog has
                    else if (cue != null && negations.contains(cue)) found.add("negation-kept");
                    else {
                        found.add("negation-cue");
                        details.add("cue: " + (cue == null ? "?" : cue));
                    }
                } else if (others.stream().anyMatch(o -> o.toppings().stream().anyMatch(x -> x.topping().equals(t)))) {
                    found.add("wrong-pie");
                } else if (mentions(text, c.toppingNames.getOrDefault(t, List.of())).isEmpty()) {
                    found.add("near-miss");
                }
            }
            for (String t : ge.keySet()) {
                if (pe.containsKey(t)) continue;
                List<Integer> spots = mentions(text, c.toppingNames.getOrDefault(t, List.of()));
                if (spots.isEmpty()) continue;
                String seg = segmentOf(text, spots.get(spots.size() - 1));
                String before = text.substring(0, spots.get(0));
                int jj = j;
                if (negations.stream().anyMatch(m -> find("\\b" + Pattern.quote(m) + "\\b", before))) found.add("negation-scope");
                else if (!mentions(seg, drinkWords).isEmpty()) found.add("drink-takes-phrase");
                else if (!s.gold().drinks().isEmpty() && !pizzaWords(seg, specialtyWords)
                        && s.pred().drinks().stream().anyMatch(pd -> pd.size() != null && !pd.size().isEmpty())) {
                    found.add("loose-pizza-into-drink");
                } else {
                    for (int k = 0; k < predPies.size(); k++) {
                        if (k != jj && scoring.effective(predPies.get(k), false).containsKey(t)) { found.add("wrong-pie"); break; }
                    }
                }
            }
            if (g.size() != null && !g.size().isEmpty() && !g.size().equals(p.size()) && !p.sizeAsked()
                    && goldPies.size() + s.gold().drinks().size() > 1) found.add("wrong-pie");
            Set<String> gs = new HashSet<>(g.styles()), ps = new HashSet<>(p.styles());
            if (!gs.equals(ps)) {
                Set<String> extra = new LinkedHashSet<>(ps);
                extra.removeAll(gs);
                Set<String> gCrusts = new HashSet<>(gs);
                gCrusts.retainAll(c.crustStyles);
                if (extra.stream().anyMatch(g.notStyles()::contains)) found.add("negated-crust");
                else if (gCrusts.size() >= 2) found.add("two-crusts");
                else if (!extra.isEmpty() && extra.stream().noneMatch(e -> !mentions(text, styleWords(e)).isEmpty())) found.add("near-miss");
                else found.add("style-missed");
            }
            if (s.labels().contains("topping quantity lost") || s.labels().contains("topping quantity spurious")) {
                if (!ge.equals(pe) && ge.keySet().equals(pe.keySet())) found.add("quantity");
            }
        }
        if (s.labels().contains("topping quantity lost") && !found.contains("quantity")) found.add("quantity");
        List<String> hits = outOfCatalog.stream().filter(w -> find("(?<![a-z])" + Pattern.quote(w) + "(?![a-z])", text)).toList();
        if (!hits.isEmpty()) {
            found.add("out-of-catalog");
            details.add("words: " + String.join(", ", hits));
        }
        if (found.isEmpty()) found.add("other");
        List<String> order = new ArrayList<>(patterns.keySet());
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(found));
        sorted.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
        return new Found(sorted, details);
    }

    /** The words a style is said with: its crusts' ids (dashes as spaces) and its specialties' names. */
    private List<String> styleWords(String style) {
        List<String> out = new ArrayList<>();
        c.crusts.forEach((id, st) -> { if (style.equals(st)) out.add(id.replace("-", " ")); });
        c.pizzaNames.forEach((pid, names) -> { if (style.equals(c.pizzaStyle.get(pid))) out.addAll(names); });
        return out;
    }

    private boolean pizzaWords(String seg, List<String> specialtyWords) {
        return pizzaNoun.matcher(seg).find() || !mentions(seg, specialtyWords).isEmpty();
    }

    private String segmentOf(String text, int pos) {
        List<Integer> starts = new ArrayList<>(List.of(0)), ends = new ArrayList<>();
        Matcher m = boundaries.matcher(text);
        while (m.find()) { starts.add(m.end()); ends.add(m.start()); }
        ends.add(text.length());
        for (int i = 0; i < starts.size(); i++) if (starts.get(i) <= pos && pos < ends.get(i)) return text.substring(starts.get(i), ends.get(i));
        return "";
    }

    /** The negation words said in the five words before offset pos, as one of score.py's NEGATION_CUES. */
    private String negationCue(String text, int pos) {
        String[] words = text.substring(0, pos).strip().split("\\s+");
        List<String> last = Arrays.asList(words).subList(Math.max(0, words.length - 5), words.length);
        String before = String.join(" ", last);
        for (String cue : cues) if (find("\\b" + Pattern.quote(cue) + "\\b", before)) return cue;
        return null;
    }

    /** Offsets where any of the names is said (plural s/es allowed), sorted. */
    static List<Integer> mentions(String text, List<String> names) {
        List<Integer> out = new ArrayList<>();
        for (String n : names) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(n) + "(s|es)?\\b").matcher(text);
            while (m.find()) out.add(m.start());
        }
        out.sort(null);
        return out;
    }

    private static boolean find(String regex, String text) {
        return Pattern.compile(regex).matcher(text).find();
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
