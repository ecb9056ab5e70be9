package pizzeria.plugin.items;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pizzeria.menu.ItemGrammar;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.Sense;
import pizzeria.menu.Term;

/** The words of an items section: item names, size names and choice options. */
final class ItemsGrammar implements ItemGrammar {
    private final Map<String, SimpleItem> items = new LinkedHashMap<>();
    private final List<Term> terms = new ArrayList<>();

    ItemsGrammar(List<SimpleItem> list) {
        list.forEach(i -> items.put(i.id(), i));
        for (SimpleItem i : list) {
            i.names().forEach(n -> terms.add(new Term(n, namedWith(i, n))));
            i.sizePrices().keySet().forEach(size -> {
                String spoken = i.sizeNames().get(size);
                if (spoken != null) terms.add(Term.modifier(spoken, new ItemWord.SizeName(spoken)));
                else if (!size.matches("\\d+")) terms.add(Term.modifier(size, new ItemWord.SizeName(size)));
            });
            for (ChoiceGroup g : i.choices()) {
                negations(g).forEach(t -> terms.add(t));
                g.options().forEach((option, label) -> {
                    ItemWord.Choice choice = new ItemWord.Choice(g.id(), option);
                    for (String phrase : spokenAs(option, label)) {
                        List<Sense> senses = new ArrayList<>();
                        senses.add(new Sense.Modifier(choice, false));
                        // "cheese fries" names the fries as well as their style
                        if (i.names().stream().anyMatch(n -> phrase.contains(n) && !phrase.equals(n))) senses.add(0, new Sense.Item(i.id(), false));
                        terms.add(new Term(phrase, senses));
                        for (String instead : INSTEAD) terms.add(Term.modifier(instead + " " + phrase, new ItemWord.Instead(g.id(), option)));
                    }
                });
            }
        }
    }

    /**
     * An item's name, and the option it says of the item: "side of ranch" names the dip cup and its flavor, as "cheese
     * fries" names the fries and their style.
     */
    private static List<Sense> namedWith(SimpleItem item, String name) {
        List<Sense> senses = new ArrayList<>(List.of(new Sense.Item(item.id(), false)));
        String padded = " " + name.toLowerCase(Locale.ROOT) + " ";
        for (ChoiceGroup g : item.choices()) {
            List<String> said = g.options().entrySet().stream()
                    .filter(e -> !NOT_NAMES.contains(e.getKey()) && padded.contains(" " + e.getValue().toLowerCase(Locale.ROOT) + " ")
                            && !name.equalsIgnoreCase(e.getValue()))
                    .map(Map.Entry::getKey).toList();
            if (said.size() == 1) senses.add(new Sense.Modifier(new ItemWord.Choice(g.id(), said.get(0)), false));
        }
        return senses;
    }

    /** Option ids that are plain words of every order, not names: "with" would otherwise set a choice by itself. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("with", "without", "no", "none", "yes", "on", "off");

    /** An option is said by its label, and by its id where the id is a name ("honey-bbq": "honey bbq"). */
    private static List<String> spokenAs(String option, String label) {
        String id = option.replace('-', ' ');
        return NOT_NAMES.contains(option) ? List.of(label.toLowerCase(Locale.ROOT)) : List.of(label.toLowerCase(Locale.ROOT), id);
    }

    /** "ranch instead of blue cheese": the option after these words is the one replaced. */
    private static final List<String> INSTEAD = List.of("instead of", "rather than", "in place of", "not the");

    private static final List<String> NEGATIONS = List.of("no", "without", "hold the", "hold", "skip the", "skip", "leave off the",
            "leave off", "minus");

    /**
     * "hold the cheese", "without feta": the ways of saying the option a choice offers for "none" ("no feta"), by the
     * group's name, the none-option's own words or the other options' words.
     */
    private static List<Term> negations(ChoiceGroup g) {
        String none = null;
        for (var e : g.options().entrySet()) {
            String label = e.getValue().toLowerCase(Locale.ROOT);
            if (label.startsWith("no ") || label.startsWith("without ") || List.of("none", "no", "without").contains(e.getKey())) none = e.getKey();
        }
        if (none == null) return List.of();
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        names.add(g.id().replace('-', ' '));
        for (var e : g.options().entrySet()) {
            String label = e.getValue().toLowerCase(Locale.ROOT).replaceFirst("^(no|without|with) ", "");
            if (!label.isBlank() && !label.equals("none")) names.add(label);
        }
        List<Term> out = new ArrayList<>();
        ItemWord.Choice choice = new ItemWord.Choice(g.id(), none);
        for (String n : names) for (String neg : NEGATIONS) out.add(Term.modifier(neg + " " + n, choice));
        return out;
    }

    @Override
    public List<Term> terms() {
        return terms;
    }

    @Override
    public boolean accepts(String itemId, Object modifier) {
        SimpleItem item = items.get(itemId);
        if (item == null) return false;
        if (modifier instanceof ItemWord.SizeName s) return sizeOf(item, s.phrase()) != null;
        if (modifier instanceof ItemWord.Choice c) {
            return item.choices().stream().anyMatch(g -> g.id().equals(c.group()) && g.options().containsKey(c.option()));
        }
        if (modifier instanceof ItemWord.Instead i) {
            return item.choices().stream().anyMatch(g -> g.id().equals(i.group()) && g.options().containsKey(i.option()));
        }
        return false;
    }

    /** Numbers equal to a size ("twelve wings") are the size; another number is the quantity. */
    @Override
    public ItemRequest interpret(String itemId, List<Object> modifiers, List<Integer> numbers) {
        SimpleItem item = items.get(itemId);
        String size = null;
        Map<String, Object> options = new LinkedHashMap<>();
        for (Object m : modifiers) {
            if (m instanceof ItemWord.SizeName s) size = sizeOf(item, s.phrase());
            else if (m instanceof ItemWord.Choice c) options.put(c.group(), c.option());
            else if (m instanceof ItemWord.Instead i) options.remove(i.group(), i.option());
        }
        List<Integer> rest = new ArrayList<>(numbers);
        if (size == null) {
            for (Integer n : numbers) {
                if (item.sizePrices().containsKey(String.valueOf(n))) {
                    size = String.valueOf(n);
                    rest.remove(n);
                    break;
                }
            }
        }
        // "a dozen wings" where wings come by ten, twenty or thirty: a piece count we do not sell is no quantity (twelve
        // orders); the size is left unsaid, so the caller is asked which count they want.
        if (size == null && rest.size() == 1 && soldByCount(item) && rest.get(0) >= smallestCount(item)) rest.clear();
        return new ItemRequest(itemId, size, rest.isEmpty() ? null : rest.get(0), options);
    }

    private static boolean soldByCount(SimpleItem item) {
        return !item.sizePrices().isEmpty() && item.sizePrices().keySet().stream().allMatch(k -> k.matches("\\d+"));
    }

    private static int smallestCount(SimpleItem item) {
        return item.sizePrices().keySet().stream().mapToInt(Integer::parseInt).min().orElse(Integer.MAX_VALUE);
    }

    /** A size, and one option of each choice group. */
    @Override
    public boolean single(Object modifier) {
        return modifier instanceof ItemWord.SizeName || modifier instanceof ItemWord.Choice;
    }

    /** Each choice group is a kind of its own: a sauce and a dip do not replace each other; two sauces do. */
    @Override
    public Object kind(Object modifier) {
        return modifier instanceof ItemWord.Choice c ? "choice:" + c.group() : modifier.getClass();
    }

    private static String sizeOf(SimpleItem item, String phrase) {
        for (var e : item.sizeNames().entrySet()) if (e.getValue().equals(phrase)) return e.getKey();
        return item.sizePrices().containsKey(phrase) ? phrase : null;
    }
}
