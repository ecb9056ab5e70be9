package pizzeria.understand;

import java.util.List;
import java.util.Map;

/**
 * What callers say for a few things every pizza counter sells under another name: "hamburger" is ground beef, "coca
 * cola" is a coke, "xl" is an extra large, "med" a medium, "red sauce" marinara, "pop" a soda; and a kind the menu does not list is its plain head ("bell peppers" are the
 * menu's peppers, "black beans" its beans, "canadian bacon" its bacon, or its ham where it has no bacon).
 * A caller's phrase means the first of its menu phrases the menu has, and only where the menu does not use the
 * caller's phrase itself (a menu with canadian bacon of its own keeps it).
 */
final class Synonyms {
    static final Map<List<String>, List<List<String>>> SAID_FOR = Map.ofEntries(
            Map.entry(List.of("canadian", "bacon"), List.of(List.of("bacon"), List.of("ham"))),
            Map.entry(List.of("hamburger"), List.of(List.of("ground", "beef"), List.of("beef"), List.of("hamburger", "meat"))),
            Map.entry(List.of("hamburger", "meat"), List.of(List.of("ground", "beef"), List.of("beef"))),
            Map.entry(List.of("bell", "peppers"), List.of(List.of("peppers"), List.of("green", "peppers"))),
            Map.entry(List.of("bell", "pepper"), List.of(List.of("peppers"), List.of("green", "peppers"))),
            Map.entry(List.of("green", "bell", "peppers"), List.of(List.of("green", "peppers"), List.of("peppers"))),
            Map.entry(List.of("black", "beans"), List.of(List.of("beans"))),
            Map.entry(List.of("coca", "cola"), List.of(List.of("coke"))),
            Map.entry(List.of("coca-cola"), List.of(List.of("coke"))),
            Map.entry(List.of("diet", "coca", "cola"), List.of(List.of("diet", "coke"))),
            Map.entry(List.of("xl"), List.of(List.of("extra", "large"))),
            Map.entry(List.of("med"), List.of(List.of("medium"))),
            // the sauces by their colour, and the soft drink by the other half of the country's word for it
            Map.entry(List.of("red", "sauce"), List.of(List.of("marinara"), List.of("tomato", "sauce"), List.of("marinara", "sauce"))),
            Map.entry(List.of("tomato", "sauce"), List.of(List.of("marinara"), List.of("red", "sauce"), List.of("marinara", "sauce"))),
            Map.entry(List.of("white", "sauce"), List.of(List.of("alfredo"), List.of("alfredo", "sauce"))),
            Map.entry(List.of("pink", "sauce"), List.of(List.of("vodka", "sauce"), List.of("vodka"))),
            Map.entry(List.of("pop"), List.of(List.of("soda"))),
            Map.entry(List.of("soda"), List.of(List.of("pop"))),
            Map.entry(List.of("x", "large"), List.of(List.of("extra", "large"))));

    private Synonyms() { }
}
