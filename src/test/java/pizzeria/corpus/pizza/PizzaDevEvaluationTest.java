package pizzeria.corpus.pizza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pizzeria.corpus.pizza.FailurePatterns.Found;
import pizzeria.corpus.pizza.Scoring.Run;
import pizzeria.corpus.pizza.Scoring.Scored;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;

/**
 * The local understander on the dev set of Amazon's PIZZA dataset (CC BY-NC 4.0, read at run time from
 * {@code ../shared/corpus/pizza/}, never copied here), scored in process exactly as {@code score.py} scores the
 * running gateway: same figures, same summary, and it fails if STRICT falls below {@link #STRICT_FLOOR}.
 * Checked against {@code score.py} over HTTP on the same code: 257/348 STRICT and 269/348 items-match on both, and
 * every utterance's cart, reply, labels and patterns the same ({@code -Dpizza.eval.json=FILE} writes them beside
 * {@code score.py --json}).
 */
class PizzaDevEvaluationTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus", "pizza");
    /** Today's STRICT figure: raise it as the understander gets better, never lower it to let a change in. */
    static final int STRICT_FLOOR = 345;

    /** With the corpus tenant using this format's additions: crusts by the names people say, "extra large" whole. */
    static final int STRICT_FLOOR_WITH_ADDITIONS = 345;

    @Test
    void scoresTheDevSetAsScorePyDoesAndKeepsTheFloor() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("dev.jsonl")) && Files.isRegularFile(CORPUS.resolve("score.py")),
                "the PIZZA corpus is not at " + CORPUS.toAbsolutePath().normalize() + " (../shared/corpus/pizza): evaluation skipped");
        Report report = evaluate(Tenants.parse(CORPUS.resolve("pizza-dataset.yaml")), "the corpus tenant as shipped");
        assertThat(report.strict).as("STRICT whole orders right on the PIZZA dev set (floor %d)", STRICT_FLOOR)
                .isGreaterThanOrEqualTo(STRICT_FLOOR);
    }

    /**
     * The corpus tenant, read from ../shared as it is, with the format additions it could not use written in
     * (the edits are made here, in memory: no line of the corpus is copied into the project).
     */
    @Test
    void scoresTheDevSetWithTheFormatAdditions() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("dev.jsonl")), "the PIZZA corpus is not at " + CORPUS + ": evaluation skipped");
        String yaml = Files.readString(CORPUS.resolve("pizza-dataset.yaml"))
                .replace("extra-large: extra-large", "extra-large: extra large")
                .replaceFirst("crusts: \\[[^\\]]*\\]", "crusts: {hand-tossed: {names: [hand tossed, regular crust, original crust]}, "
                        + "thin: {names: [thin crust, thin and crispy, crispy crust]}, thick: {names: [thick crust, high rise, high rise dough]}, "
                        + "stuffed: {names: [stuffed crust]}, gluten-free: {names: [gluten free, gluten free crust]}, cauliflower: {names: [cauliflower crust]}, "
                        + "keto: {names: [keto crust]}, sourdough: {names: [sourdough crust]}, deep-dish: {names: [deep dish]}, pan: {names: [pan pizza, pan crust]}, "
                        + "new-york: {names: [new york style, new york, ny style]}, chicago: {names: [chicago style]}, "
                        + "neapolitan: {names: [neapolitan style, napolitana, napolitan]}}");
        assertThat(yaml).as("the additions were written in").contains("napolitana", "extra-large: extra large");
        var parsed = new pizzeria.tenant.TenantParser(pizzeria.tenancy.PluginJars.load(Path.of("target", "no-plugins"))).parse(yaml);
        assertThat(parsed.errors()).as("the corpus tenant with the additions").isEmpty();
        Report report = evaluate(parsed.tenant(), "the corpus tenant with crust names and 'extra large'");
        assertThat(report.strict).as("STRICT with the format additions (floor %d)", STRICT_FLOOR_WITH_ADDITIONS)
                .isGreaterThanOrEqualTo(STRICT_FLOOR_WITH_ADDITIONS);
    }

    private static Report evaluate(Tenant tenant, String which) throws IOException {
        return evaluate(tenant, which, CORPUS.resolve("dev.jsonl"), "PIZZA dev set");
    }

    /**
     * Our own held-out orders for the corpus tenant (src/test/resources/corpus/pizza-heldout-a and -b, see their READMEs):
     * written blind from the catalog and score.py by two helpers. A score, failing only below its floor (set a: 191 at its
     * first run, 193 after two general rules its failures showed; set b: its first score, not looked at).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "held-out orders ({0})")
    @org.junit.jupiter.params.provider.CsvSource({"a, 193", "b, 198"})
    void scoresOurHeldOutOrdersOnTheCorpusTenant(String set, int floor) throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("pizza-dataset.yaml")), "the PIZZA corpus tenant is not at " + CORPUS + ": skipped");
        Report report = evaluate(Tenants.parse(CORPUS.resolve("pizza-dataset.yaml")), "the corpus tenant as shipped",
                Path.of("src", "test", "resources", "corpus", "pizza-heldout-" + set, "utterances.jsonl"), "Held-out orders (" + set + ")");
        assertThat(report.strict).as("STRICT on our held-out orders (%s) (floor %d)", set, floor).isGreaterThanOrEqualTo(floor);
    }

    private static Report evaluate(Tenant tenant, String which, Path jsonl, String title) throws IOException {
        Corpus corpus = new Corpus(CORPUS);
        Scoring scoring = new Scoring(corpus);
        FailurePatterns why = new FailurePatterns(corpus, scoring);
        CorpusCaller caller = new CorpusCaller(tenant, corpus);
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Stream<String> lines = Files.lines(jsonl)) {
            for (String l : (Iterable<String>) lines::iterator) if (!l.isBlank()) rows.add(json.readValue(l, Map.class));
        }

        long t0 = System.nanoTime();
        List<Run> runs = new ArrayList<>();
        List<Scored> scored = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            Run r = caller.run((String) row.get("id"), (String) row.get("text"), i);
            @SuppressWarnings("unchecked")
            Scored s = scoring.score((Map<String, Object>) row.get("expected"), r);
            runs.add(r);
            scored.add(s);
            found.add(s.strict() ? new Found(List.of(), List.of()) : why.of(r.text(), r, s));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;

        Report report = new Report(scoring, runs, scored, found, why.descriptions(), corpus.answer);
        System.out.println(title + ", " + which + ":");
        System.out.println(report.text(seconds));
        String dump = System.getProperty("pizza.eval.json");       // -Dpizza.eval.json=FILE: per utterance, to set beside score.py --json
        if (dump != null && which.endsWith("as shipped") && title.startsWith("PIZZA dev")) json.writerWithDefaultPrettyPrinter().writeValue(Path.of(dump).toFile(), report.utterances());
        return report;
    }

    /** score.py's summary, line for line, then the figures it does not print. */
    static final class Report {
        final List<Run> runs;
        final List<Scored> scored;
        final List<Found> found;
        final Map<String, String> patterns;
        final String answer;
        final Scoring scoring;
        final int n, strict, items;
        private final StringBuilder out = new StringBuilder();

        Report(Scoring scoring, List<Run> runs, List<Scored> scored, List<Found> found, Map<String, String> patterns, String answer) {
            this.scoring = scoring;
            this.runs = runs;
            this.scored = scored;
            this.found = found;
            this.patterns = patterns;
            this.answer = answer;
            n = runs.size();
            strict = (int) scored.stream().filter(Scored::strict).count();
            items = (int) scored.stream().filter(Scored::items).count();
        }

        String text(double seconds) {
            Map<String, Integer> pf = new LinkedHashMap<>(), df = new LinkedHashMap<>();
            int pt = tally(scored.stream().flatMap(s -> s.pizzaFields().stream()).toList(), pf);
            int dt = tally(scored.stream().flatMap(s -> s.drinkFields().stream()).toList(), df);
            List<Integer> pizzaUtts = indices(s -> !s.gold().pizzas().isEmpty()), drinkUtts = indices(s -> !s.gold().drinks().isEmpty());
            int a = 0, b = 0, c = 0;
            for (int i : pizzaUtts) {
                Scored s = scored.get(i);
                a += partOk(s, false) ? 1 : 0;
                b += partOk(s, true) ? 1 : 0;
            }
            for (int i : drinkUtts) {
                Scored s = scored.get(i);
                c += Scoring.perfectMatch(s.gold().drinks(), s.pred().drinks(), Scoring::drinkEqual) ? 1 : 0;
            }
            line("");
            line("PIZZA dev set: %d utterances in process (Conversation + LocalUnderstander) in %.1f s", n, seconds);
            rule();
            line("%-46s %10s %8s", "metric", "count", "share");
            row("STRICT whole order", strict, n);
            row("ITEMS whole order (no quantities, 1 crust)", items, n);
            row("  pizzas all right, STRICT (utts w/ pizza)", a, pizzaUtts.size());
            row("  pizzas all right, ITEMS", b, pizzaUtts.size());
            row("  drinks all right (utts w/ drinks)", c, drinkUtts.size());
            rule();
            line("per field, over %d gold pizza suborders:", pt);
            for (String[] f : new String[][] {{"found", "suborder found"}, {"number", "number"}, {"size", "size (missing gold = any)"},
                    {"style", "style(s) exact"}, {"style_relaxed", "style (one crust)"}, {"toppings", "toppings (names, negations)"},
                    {"toppings_qty", "toppings with quantities"}}) {
                line("  %-44s %10s %8s", f[1], pf.getOrDefault(f[0], 0) + "/" + pt, pct(pf.getOrDefault(f[0], 0), pt));
            }
            line("per field, over %d gold drink suborders:", dt);
            for (String[] f : new String[][] {{"found", "suborder found"}, {"number", "number"}, {"size", "size (missing gold = any)"},
                    {"drinktype", "drink type"}, {"container", "container"}, {"volume", "volume"}}) {
                line("  %-44s %10s %8s", f[1], df.getOrDefault(f[0], 0) + "/" + dt, pct(df.getOrDefault(f[0], 0), dt));
            }
            rule();
            line("clarifications (the first reply asked for a size):");
            line("  %-44s %10d", "utterances whose gold lacks some size", count(s -> s.clarification().goldMissingSize()));
            line("  %-44s %10d", "utterances where the gateway asked", count(s -> s.clarification().asked()));
            line("  %-44s %10d", "  ... for an item whose gold has no size", count(s -> s.clarification().expected()));
            line("  %-44s %10d", "  ... though the gold gave that size", count(s -> s.clarification().unexpected()));
            line("  %-44s %10d", "size questions answered in all", scored.stream().mapToInt(s -> s.clarification().count()).sum());
            line("replies:");
            Map<String, Integer> replies = new LinkedHashMap<>();
            for (Run r : runs) {
                String t = r.reply() == null ? "" : r.reply();
                if (r.error() != null) replies.merge("error", 1, Integer::sum);
                if (t.contains("Sorry, we don't have") || t.contains("We don't have") || t.contains("doesn't come with") || t.contains("only comes")) {
                    replies.merge("refusal (not on menu)", 1, Integer::sum);
                }
                if (t.contains("didn't catch")) replies.merge("didn't catch that", 1, Integer::sum);
                if (r.ended()) replies.merge("call ended (transfer/cancel)", 1, Integer::sum);
                if (r.lines().isEmpty() && r.error() == null) replies.merge("empty cart at the end", 1, Integer::sum);
            }
            mostCommon(replies).forEach(e -> line("  %-44s %10d", e.getKey(), e.getValue()));
            Map<String, Integer> labels = new LinkedHashMap<>();
            scored.forEach(s -> s.labels().forEach(l -> labels.merge(l, 1, Integer::sum)));
            rule();
            line("STRICT failures by difference (an utterance may show several):");
            mostCommon(labels).stream().limit(25).forEach(e -> line("  %-58s %6d", e.getKey(), e.getValue()));
            Map<String, Integer> pats = new LinkedHashMap<>(), sole = new LinkedHashMap<>(), main = new LinkedHashMap<>(), cues = new LinkedHashMap<>();
            for (Found f : found) {
                f.patterns().forEach(p -> pats.merge(p, 1, Integer::sum));
                if (f.patterns().size() == 1) sole.merge(f.patterns().get(0), 1, Integer::sum);
                if (!f.patterns().isEmpty()) main.merge(f.patterns().get(0), 1, Integer::sum);
                f.details().stream().filter(d -> d.startsWith("cue: ")).forEach(d -> cues.merge(d.substring(5), 1, Integer::sum));
            }
            rule();
            line("STRICT failures by pattern (utterances showing it; main = first in precedence; alone = only one):");
            for (var e : mostCommon(pats)) {
                String desc = patterns.get(e.getKey());
                line("  %-22s %5d  main %4d  alone %4d  %s", e.getKey(), e.getValue(), main.getOrDefault(e.getKey(), 0),
                        sole.getOrDefault(e.getKey(), 0), desc.substring(0, Math.min(60, desc.length())));
            }
            if (!cues.isEmpty()) {
                line("  negation cues not known to the gateway: " + String.join(", ",
                        mostCommon(cues).stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
            }
            examples(mostCommon(pats).stream().limit(3).map(Map.Entry::getKey).toList());
            extras();
            line("");
            line("items-match: %d/%d (%s)", items, n, pct(items, n));
            line("%d passed, %d failed", strict, n - strict);
            return out.toString();
        }

        /** Per utterance, under the keys of score.py's --json output. */
        List<Map<String, Object>> utterances() {
            List<Map<String, Object>> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Map<String, Object> u = new LinkedHashMap<>();
                Run r = runs.get(i);
                u.put("id", r.id());
                u.put("strict", scored.get(i).strict());
                u.put("items", scored.get(i).items());
                u.put("labels", scored.get(i).labels());
                u.put("cart", cartText(r));
                u.put("reply", r.reply());
                u.put("questions", r.questions());
                u.put("after_answers", r.afterAnswers());
                u.put("patterns", found.get(i).patterns());
                u.put("pattern_details", found.get(i).details());
                out.add(u);
            }
            return out;
        }

        /** A few utterances of each of the most common patterns, as score.py --only-failures shows them. */
        private void examples(List<String> top) {
            rule();
            line("examples of the most common patterns (utterance, cart, reply):");
            for (String p : top) {
                line("  %s:", p);
                int shown = 0;
                for (int i = 0; i < n && shown < 3; i++) {
                    if (!found.get(i).patterns().contains(p)) continue;
                    shown++;
                    Run r = runs.get(i);
                    line("    %s  %s", r.id(), r.text());
                    line("      cart: %s", cartText(r));
                    line("      diff: %s%s", String.join(", ", scored.get(i).labels()),
                            found.get(i).details().isEmpty() ? "" : " (" + String.join("; ", found.get(i).details()) + ")");
                }
            }
        }

        /** What score.py does not print: items not asked for, callers asked back, things dropped. */
        private void extras() {
            int extraUtts = 0, extraSubs = 0, spuriousTop = 0, droppedUtts = 0, droppedSubs = 0, droppedTop = 0;
            int askedBack = 0, askedSize = 0, askedOther = 0;
            for (int i = 0; i < n; i++) {
                Scored s = scored.get(i);
                int extra = 0;
                for (int j = 0; j < s.pred().pizzas().size(); j++) if (!s.pizzaAlign().contains(j)) extra++;
                for (int j = 0; j < s.pred().drinks().size(); j++) if (!s.drinkAlign().contains(j)) extra++;
                extraSubs += extra;
                extraUtts += extra > 0 ? 1 : 0;
                spuriousTop += s.labels().contains("spurious topping") ? 1 : 0;
                int dropped = (int) (s.pizzaAlign().stream().filter(j -> j == null).count() + s.drinkAlign().stream().filter(j -> j == null).count());
                droppedSubs += dropped;
                droppedUtts += dropped > 0 ? 1 : 0;
                droppedTop += s.labels().contains("topping not heard") ? 1 : 0;
                boolean size = !runs.get(i).questions().isEmpty();
                boolean other = !size && asksOtherThanPrompt(runs.get(i).reply());
                askedBack += size || other ? 1 : 0;
                askedSize += size ? 1 : 0;
                askedOther += other ? 1 : 0;
            }
            rule();
            line("not in score.py's summary:");
            line("  %-58s %6s", "unasked-for items added: utterances (suborders)", extraUtts + " (" + extraSubs + ")");
            line("  %-58s %6d", "  unasked-for topping on a pie (spurious topping)", spuriousTop);
            line("  %-58s %6d", "asked back (the first reply asks the caller something)", askedBack);
            line("  %-58s %6d", "  for a size (answered '" + answer + "')", askedSize);
            line("  %-58s %6d", "  for something else", askedOther);
            line("  %-58s %6s", "dropped: utterances with a gold item missing (suborders)", droppedUtts + " (" + droppedSubs + ")");
            line("  %-58s %6d", "  a topping said but not on the pie (topping not heard)", droppedTop);
        }

        /** A question in the reply other than the closing prompt ("Anything else?", "What can I get for you?"). */
        static boolean asksOtherThanPrompt(String reply) {
            String t = reply == null ? "" : reply.strip();
            for (String prompt : List.of("Anything else?", "What can I get for you?")) {
                if (t.endsWith(prompt)) { t = t.substring(0, t.length() - prompt.length()); break; }
            }
            return t.contains("?");
        }

        private boolean partOk(Scored s, boolean relaxed) {
            return Scoring.perfectMatch(s.gold().pizzas(), s.pred().pizzas(), (g, p) -> scoring.pizzaEqual(g, p, relaxed));
        }

        private static int tally(List<Map<String, Boolean>> fields, Map<String, Integer> into) {
            for (Map<String, Boolean> f : fields) {
                if (f == null) continue;
                into.merge("found", 1, Integer::sum);
                f.forEach((k, v) -> into.merge(k, v ? 1 : 0, Integer::sum));
            }
            return fields.size();
        }

        private List<Integer> indices(java.util.function.Predicate<Scored> p) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < n; i++) if (p.test(scored.get(i))) out.add(i);
            return out;
        }

        private int count(java.util.function.Predicate<Scored> p) {
            return indices(p).size();
        }

        /** Counter.most_common: by count, ties in first-seen order. */
        static List<Map.Entry<String, Integer>> mostCommon(Map<String, Integer> counts) {
            List<Map.Entry<String, Integer>> out = new ArrayList<>(counts.entrySet());
            out.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
            return out;
        }

        static String pct(int a, int b) {
            return b == 0 ? "n/a" : new BigDecimal(100.0 * a / b).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
        }

        private void row(String label, int a, int b) {
            line("%-46s %10s %8s", label, a + "/" + b, pct(a, b));
        }

        private void rule() {
            line("-".repeat(72));
        }

        private void line(String format, Object... args) {
            out.append(String.format(Locale.ROOT, format, args)).append('\n');
        }

        /** score.py's cart_text. */
        static String cartText(Run r) {
            if (r.error() != null) return "ERROR " + r.error();
            List<String> parts = new ArrayList<>();
            for (Map<String, Object> line : r.lines()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> o = line.get("options") == null ? Map.of() : (Map<String, Object>) line.get("options");
                List<String> bits = new ArrayList<>(List.of(String.valueOf(line.get("quantity")),
                        line.get("size") == null ? "-" : (String) line.get("size"), (String) line.get("itemId")));
                if (o.get("crust") != null && !"hand-tossed".equals(o.get("crust"))) bits.add("crust=" + o.get("crust"));
                List<String> tops = new ArrayList<>();
                for (Object t : o.get("toppings") == null ? List.of() : (List<?>) o.get("toppings")) {
                    Map<?, ?> m = (Map<?, ?>) t;
                    Object placement = m.get("placement") == null ? "whole" : m.get("placement");
                    tops.add(m.get("id") + ("whole".equals(placement) ? "" : "@" + placement));
                }
                if (!tops.isEmpty()) bits.add("+" + String.join(",", tops));
                if (o.get("removed") instanceof List<?> removed && !removed.isEmpty()) {
                    bits.add("-" + String.join(",", removed.stream().map(String::valueOf).toList()));
                }
                for (String k : List.of("container", "volume")) if (o.get(k) != null) bits.add(k + "=" + o.get(k));
                Integer asked = r.askedUnits().get(String.valueOf(line.get("lineId")));
                if (asked != null && asked != 0) bits.add("(size asked x" + asked + ")");
                parts.add(String.join(" ", bits));
            }
            return parts.isEmpty() ? "(empty cart)" : String.join("; ", parts);
        }
    }
}
