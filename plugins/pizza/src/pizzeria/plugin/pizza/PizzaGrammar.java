package pizzeria.plugin.pizza;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pizzeria.menu.ItemGrammar;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.Sense;
import pizzeria.menu.Term;

/** The words of a pizza section, and how "a large pie, half mushroom half sausage" becomes a request. */
final class PizzaGrammar implements ItemGrammar {
    private final List<Term> terms = new ArrayList<>();
    private final Set<String> pizzaIds;
    private final Map<String, Set<String>> sizesOf = new LinkedHashMap<>();

    PizzaGrammar(PizzaMenu menu, List<Pizza> pizzas) {
        this.pizzaIds = Set.copyOf(pizzas.stream().map(Pizza::id).toList());
        for (Pizza p : pizzas) sizesOf.put(p.id(), Set.copyOf(p.prices().keySet()));
        for (Pizza p : pizzas) p.names().forEach(n -> terms.add(Term.item(n, p.id())));
        // "a large cheese", "a medium plain": what callers call the plain cheese pie, when the menu gives these words no
        // other meaning (a topping, another pizza's name).
        pizzas.stream().filter(p -> p.id().equals(menu.baseId())).findFirst()
                .filter(base -> (base.id() + " " + base.name()).toLowerCase().contains("cheese"))
                .ifPresent(base -> List.of("cheese", "plain", "plain cheese").forEach(word -> {
                    boolean taken = pizzas.stream().anyMatch(p -> p.names().contains(word))
                            || menu.toppings().values().stream().anyMatch(t -> t.names().contains(word) || t.id().equals(word));
                    if (!taken) terms.add(Term.item(word, base.id()));
                }));
        for (String generic : List.of("pie", "pizza", "pizza pie")) {
            terms.add(new Term(generic, List.of(new Sense.Item(menu.baseId(), true))));
        }
        menu.sizes().forEach((id, spoken) -> {
            PizzaWord.Size size = new PizzaWord.Size(id);
            terms.add(Term.modifier(id.replace('-', ' '), size));
            terms.add(Term.modifier(spoken, size));
            terms.add(Term.modifier(menu.shortSize(id), size));
            String inches = spoken.replaceAll(".*?(\\d+|\\w+) inch.*", "$1 inch");
            if (spoken.contains(" inch")) terms.add(Term.modifier(inches, size));
            // "large 8 corner", "party 18 inch square": what follows the size's word, when it holds a number, names it too
            String rest = spoken.contains(" ") ? spoken.substring(spoken.indexOf(' ') + 1).trim() : "";
            if (rest.matches(".*\\d.*") && !rest.equals(inches)) terms.add(Term.modifier(rest, size));
        });
        menu.toppings().values().forEach(t -> {
            t.names().forEach(n -> terms.add(Term.modifier(n, new PizzaWord.Topping(t.id()))));
            terms.add(Term.modifier(t.id().replace('-', ' '), new PizzaWord.Topping(t.id())));
        });
        for (String c : menu.crusts()) {
            terms.add(Term.modifier(c.replace('-', ' '), new PizzaWord.Crust(c)));
            terms.add(Term.modifier(c.replace('-', ' ') + " crust", new PizzaWord.Crust(c)));
            for (String name : menu.crustNames().getOrDefault(c, List.of())) {
                terms.add(Term.modifier(name, new PizzaWord.Crust(c)));
                // "on the regular crust" for a crust named "regular"
                if (!name.endsWith("crust")) terms.add(Term.modifier(name + " crust", new PizzaWord.Crust(c)));
            }
        }
        marker(new PizzaWord.Placement("half"), "half", "on half", "half and half", "one half", "other half", "the other half");
        marker(new PizzaWord.Placement("left"), "left", "left half", "left side", "on the left");
        marker(new PizzaWord.Placement("right"), "right half", "right side", "on the right");
        marker(new PizzaWord.Placement("whole"), "whole", "all over", "the whole thing");
        // The ways people say they do not want something on the pie; "hold" and "not" alone too ("but hold
        // olives", "not thin crust"). A negation lasts until a placement or a word that wants again.
        marker(new PizzaWord.Without(), "no", "without", "hold the", "hold", "minus", "skip the", "skip", "avoid",
                "leave off", "leave out", "leave off the", "leave out the", "don't want", "do not want", "don't add",
                "do not add", "don't put", "do not put", "don't include", "do not include", "except", "except for",
                "not", "none of the", "no more", "without adding", "without any", "instead of", "rather than");
        marker(new PizzaWord.Amount("extra"), "extra", "additional", "double", "a lot of", "lots of", "plenty of", "heavy",
                "heavy on the", "heavy on", "more");
        marker(new PizzaWord.Amount("light"), "light", "light on the", "light on", "easy on the", "easy on", "a little",
                "a little bit of", "a bit of", "just a little", "not much", "less");
        marker(new PizzaWord.With(), "with", "along with", "plus", "but", "and add", "but add", "add", "adding", "topped with");
    }

    /** A pie has one size and one crust; toppings it has many. */
    @Override
    public boolean single(Object modifier) {
        return modifier instanceof PizzaWord.Size || modifier instanceof PizzaWord.Crust;
    }

    private void marker(PizzaWord word, String... phrases) {
        for (String p : phrases) terms.add(new Term(p, List.of(new Sense.Modifier(word, true))));
    }

    @Override
    public List<Term> terms() {
        return terms;
    }

    @Override
    public boolean accepts(String itemId, Object modifier) {
        // "a sixteen inch sausage" where the round large and the square grandma are both sixteen inches: a size the pie
        // is not sold in is not what was meant of it
        if (modifier instanceof PizzaWord.Size s) return sizesOf.getOrDefault(itemId, Set.of()).contains(s.id());
        return pizzaIds.contains(itemId) && modifier instanceof PizzaWord;
    }

    @Override
    public ItemRequest interpret(String itemId, List<Object> modifiers, List<Integer> numbers) {
        String size = null;
        String crust = null;
        List<Object> toppings = new ArrayList<>();
        List<Object> removed = new ArrayList<>();
        String placement = "whole";
        int halves = 0;
        boolean without = false;
        String amount = null;
        boolean markerUsed = true;
        for (Object m : modifiers) {
            if (m instanceof PizzaWord.Size s) size = s.id();
            else if (m instanceof PizzaWord.Crust c) {
                // "no thin crust" / "not thin crust": the caller does not want that crust, so none is chosen.
                if (!without) crust = c.id();
                else if (c.id().equals(crust)) crust = null;
                without = false;
            }
            else if (m instanceof PizzaWord.Without) { without = true; markerUsed = false; }
            else if (m instanceof PizzaWord.With) without = false;
            else if (m instanceof PizzaWord.Amount a) { amount = a.level(); without = false; }
            else if (m instanceof PizzaWord.Placement p) {
                placement = "half".equals(p.where()) ? (halves++ == 0 ? "left" : "right") : p.where();
                without = false;
                markerUsed = false;
            } else if (m instanceof PizzaWord.Topping t) {
                if (without) removed.add(t.id());
                else toppings.add(topping(t.id(), placement, amount));
                amount = null;
                markerUsed = true;
            }
        }
        // "pepperoni on half": a placement said after the topping it belongs to; a topping already placed keeps its side
        // ("on the left side chorizo, right side just cheese": nothing on the right)
        if (!markerUsed && !without && !toppings.isEmpty() && "whole".equals(((Map<?, ?>) toppings.get(toppings.size() - 1)).get("placement"))) {
            Map<?, ?> last = (Map<?, ?>) toppings.remove(toppings.size() - 1);
            toppings.add(topping(String.valueOf(last.get("id")), placement, (String) last.get("amount")));
        }
        Map<String, Object> options = new LinkedHashMap<>();
        if (crust != null) options.put("crust", crust);
        if (!toppings.isEmpty()) options.put("toppings", toppings);
        if (!removed.isEmpty()) options.put("removed", removed);
        return new ItemRequest(itemId, size, numbers.isEmpty() ? null : numbers.get(0), options);
    }

    private static Map<String, Object> topping(String id, String placement, String amount) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("placement", placement);
        if (amount != null) t.put("amount", amount);
        return t;
    }
}
