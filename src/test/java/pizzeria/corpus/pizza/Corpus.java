package pizzeria.corpus.pizza;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@code score.py} knows before it calls anyone, read from the same files it reads: the mapping tables of
 * {@code make_tenant.py} and its own (SIZES, CRUSTS, PIZZAS, CONTAINERS, VOLUMES, EXTRA_TOPPINGS, EXTRA_OF,
 * the drink sizes, the size question and its answer, the words its failure patterns look for), and its
 * {@code Tenant} class's reading of {@code pizza-dataset.yaml}.
 */
final class Corpus {
    final Path dir;
    final String scorePy;
    // the tables
    final Map<String, String> sizeOf = new HashMap<>();          // size id -> dataset constant
    final Map<String, String> crusts = new LinkedHashMap<>();     // crust id -> dataset style or null
    final Set<String> crustStyles = new HashSet<>();
    final Map<String, String> volumeOf = new HashMap<>();
    final Map<String, String> containerOf = new HashMap<>();
    final Map<String, List<String>> extraOf = new HashMap<>();   // topping id -> [topping constant, quantity]
    final String clock;
    final String answer;
    final int maxAnswers;
    final String sizeQuestion;
    // the Tenant class of score.py
    final Set<String> pizzaIds = new HashSet<>();
    final Set<String> drinkIds = new HashSet<>();
    final Map<String, List<String>> toppingNames = new LinkedHashMap<>();
    final Map<String, List<String>> drinkNames = new LinkedHashMap<>();
    final Map<String, List<String>> pizzaNames = new LinkedHashMap<>();
    final Map<String, List<String>> includes = new HashMap<>();
    final Map<String, String> stylePizza = new HashMap<>();
    final Map<String, String> pizzaStyle = new HashMap<>();
    String defaultCrust;

    @SuppressWarnings("unchecked")
    Corpus(Path dir) throws IOException {
        this.dir = dir;
        String make = Files.readString(dir.resolve("make_tenant.py"));
        scorePy = Files.readString(dir.resolve("score.py"));
        PyLiterals.dict(make, "SIZES = ").forEach((c, v) -> sizeOf.put((String) ((List<Object>) v).get(0), c));
        PyLiterals.dict(scorePy, "SIZE_OF.update(").forEach((id, c) -> sizeOf.put(id, (String) c));
        PyLiterals.dict(make, "CRUSTS = ").forEach((id, s) -> crusts.put(id, (String) s));
        crusts.values().stream().filter(s -> s != null).forEach(crustStyles::add);
        PyLiterals.dict(make, "VOLUMES = ").forEach((id, v) -> volumeOf.put(id, (String) ((List<Object>) v).get(0)));
        PyLiterals.dict(make, "CONTAINERS = ").forEach((id, v) -> containerOf.put(id, (String) ((List<Object>) v).get(0)));
        PyLiterals.dict(scorePy, "EXTRA_OF = ").forEach((id, v) -> extraOf.put(id, PyLiterals.strings((List<Object>) v)));
        if (!extraOf.keySet().equals(PyLiterals.dict(make, "EXTRA_TOPPINGS = ").keySet())) {
            throw new IllegalStateException("EXTRA_OF and EXTRA_TOPPINGS differ");   // score.py asserts it too
        }
        clock = PyLiterals.string(scorePy, "CLOCK = ");
        answer = PyLiterals.string(scorePy, "ANSWER = ");
        maxAnswers = (Integer) PyLiterals.after(scorePy, "MAX_ANSWERS = ");
        sizeQuestion = PyLiterals.string(scorePy, "SIZE_QUESTION = re.compile(");   // compiled with re.I
        Map<String, Object> pizzas = PyLiterals.dict(make, "PIZZAS = ");

        Map<String, Object> cfg = new ObjectMapper(new YAMLFactory()).readValue(dir.resolve("pizza-dataset.yaml").toFile(), Map.class);
        for (Object o : (List<Object>) cfg.get("menu")) {
            Map<String, Object> section = (Map<String, Object>) o;
            if ("pizza".equals(section.get("plugin"))) {
                ((Map<String, Object>) section.get("toppings")).forEach((tid, t) -> {
                    if (extraOf.containsKey(tid)) return;
                    Object names = ((Map<String, Object>) t).get("names");
                    toppingNames.put(constant(tid), names == null ? List.of(tid.replace("-", " ")) : lower(names));
                });
                List<Object> crustList = (List<Object>) section.get("crusts");
                defaultCrust = (String) section.getOrDefault("default_crust", crustList == null || crustList.isEmpty() ? "regular" : crustList.get(0));
                for (Object po : (List<Object>) section.get("pizzas")) {
                    Map<String, Object> p = (Map<String, Object>) po;
                    String id = (String) p.get("id");
                    pizzaIds.add(id);
                    List<String> names = new ArrayList<>(p.containsKey("names") ? lower(p.get("names")) : List.of());
                    names.add(((String) p.get("name")).toLowerCase(Locale.ROOT));
                    pizzaNames.put(id, names);
                    includes.put(id, ((List<Object>) p.getOrDefault("includes", List.of())).stream().map(t -> constant((String) t)).toList());
                    String style = (String) ((List<Object>) pizzas.get(id)).get(0);
                    pizzaStyle.put(id, style);
                    if (style != null) stylePizza.put(style, id);
                }
            } else if ("items".equals(section.get("plugin"))) {
                for (Object io : (List<Object>) section.get("items")) {
                    Map<String, Object> i = (Map<String, Object>) io;
                    drinkIds.add((String) i.get("id"));
                    List<String> names = new ArrayList<>(i.containsKey("names") ? lower(i.get("names")) : List.of());
                    names.add(((String) i.get("name")).toLowerCase(Locale.ROOT));
                    drinkNames.put(constant((String) i.get("id")), names);
                }
            }
        }
    }

    /** One more table of score.py's, by the line that starts it. */
    List<String> words(String prefix) {
        return PyLiterals.strings(PyLiterals.list(scorePy, prefix));
    }

    String regex(String prefix) {
        return PyLiterals.string(scorePy, prefix);
    }

    /** The failure patterns, in precedence order: key -> description. */
    @SuppressWarnings("unchecked")
    Map<String, String> patterns() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Object pair : PyLiterals.list(scorePy, "PATTERNS = collections.OrderedDict(")) {
            out.put((String) ((List<Object>) pair).get(0), (String) ((List<Object>) pair).get(1));
        }
        return out;
    }

    List<String> includesOfStyles(List<String> styles) {
        List<String> out = new ArrayList<>();
        for (String s : styles) out.addAll(includes.getOrDefault(stylePizza.get(s), List.of()));
        return out;
    }

    List<String> allDrinkWords() {
        return drinkNames.values().stream().flatMap(List::stream).toList();
    }

    static String constant(String id) {
        return id.toUpperCase(Locale.ROOT).replace("-", "_");
    }

    private static List<String> lower(Object names) {
        List<String> out = new ArrayList<>();
        for (Object n : (List<?>) names) out.add(String.valueOf(n).toLowerCase(Locale.ROOT));
        return out;
    }
}
