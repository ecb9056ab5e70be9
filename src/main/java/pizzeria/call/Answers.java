package pizzeria.call;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pizzeria.menu.ItemRequest;
import pizzeria.menu.MenuItem;
import pizzeria.menu.MenuSection;
import pizzeria.menu.Resolution;
import pizzeria.order.Order;
import pizzeria.order.Question;
import pizzeria.spoken.Spoken;
import pizzeria.tenant.Tenant;

/** Answers callers' questions from the tenant's own data; what the data does not say, we do not claim. */
final class Answers {
    private Answers() { }

    static List<Sentence> answer(Question q, Tenant tenant, Order order, ZonedDateTime now) {
        switch (q.topic()) {
            case HOURS:
                return hours(q.words(), tenant, now);
            case TAG:
                return Sentence.dynamic(tag(q, tenant));
            case DELIVERY:
                return delivery(tenant, q.words());
            case ORDER_SO_FAR:
                return order.isEmpty() ? List.of(Sentence.of(Line.NOTHING_YET))
                        : Sentence.dynamic("So far you have " + Templates.lines(tenant, order.lines()) + ".");
            case MENU:
                return Sentence.dynamic(menu(tenant));
            case KINDS:
                return Sentence.dynamic(kinds(q.words(), tenant));
            default:
                return aboutItem(q, tenant);
        }
    }

    private static List<Sentence> aboutItem(Question q, Tenant tenant) {
        if (q.item() == null) return Sentence.dynamic(notOnMenu(q.words(), tenant));
        MenuItem item = tenant.menu().item(q.item().itemId()).orElseThrow();
        switch (q.topic()) {
            case PRICE:
                return price(item, q.item());
            case INGREDIENTS:
                return Sentence.dynamic(item.describe() + ".");
            default:
                return Sentence.dynamic("Yes, we have the " + Spoken.withoutThe(item.name()) + ".");
        }
    }

    private static List<Sentence> price(MenuItem item, ItemRequest asked) {
        Resolution r = item.resolve(asked.withQuantity(1));
        if (r instanceof Resolution.Priced p) {
            String spoken = item.speak(p.item(), 1);
            return Sentence.dynamic(Character.toUpperCase(spoken.charAt(0)) + spoken.substring(1) + " is "
                    + Spoken.money(p.item().unitCents()) + ".");
        }
        List<String> bySize = new ArrayList<>();
        for (String size : item.sizes()) {
            Resolution s = item.resolve(new ItemRequest(item.id(), size, 1, asked.options()));
            if (s instanceof Resolution.Priced p) bySize.add(item.spokenSize(size) + " " + Spoken.money(p.item().baseCents()));
        }
        if (bySize.isEmpty()) return List.of(Sentence.of(Line.PRICE_NEEDS_STAFF));
        return Sentence.dynamic("The " + item.name() + " is " + Spoken.list(bySize) + ".");
    }

    /** Today's hours, or a given day's ("are you open on sunday?"), the closures and special hours included. */
    private static List<Sentence> hours(String day, Tenant tenant, ZonedDateTime now) {
        if (day.isBlank() || day.equals("today") || day.equals("tonight")) {
            return Sentence.dynamic("Today we're open " + tenant.hours().today(now) + ".");
        }
        java.time.LocalDate date = now.toLocalDate();
        if (day.equals("tomorrow")) date = date.plusDays(1);
        else {
            java.time.DayOfWeek wanted = java.time.DayOfWeek.valueOf(day.toUpperCase(java.util.Locale.ROOT));
            while (date.getDayOfWeek() != wanted) date = date.plusDays(1);
        }
        String hours = tenant.hours().onDate(date);
        String when = day.equals("tomorrow") ? "Tomorrow" : "On " + Character.toUpperCase(day.charAt(0)) + day.substring(1);
        return Sentence.dynamic(hours == null ? when + " we're closed." : when + " we're open " + hours + ".");
    }

    /** Whether an item is spicy, vegan ...: as far as the menu's tags say, and no further. */
    private static String tag(Question q, Tenant tenant) {
        String quality = q.words();
        if (q.item() == null) return "Which item would you like to know about?";
        MenuItem item = tenant.menu().item(q.item().itemId()).orElseThrow();
        String name = "the " + Spoken.withoutThe(item.name());
        boolean has = item.tags().stream().anyMatch(t -> t.replace('-', ' ').equals(quality));
        if (has) return "Yes, " + name + " is " + quality + ".";
        if (!item.tags().isEmpty()) return "No, " + name + " isn't " + quality + ".";
        return "Our menu doesn't say whether " + name + " is " + quality + ". " + item.describe() + ".";
    }

    /** "Our toppings are ...", "Our drinks are ...": a short spoken list, then an offer. */
    private static String kinds(String kind, Tenant tenant) {
        for (MenuSection s : tenant.menu().sections()) {
            String fact = s.facts().get(kind);
            if (fact != null) return fact;
        }
        for (MenuSection s : tenant.menu().sections()) {
            if (!s.title().toLowerCase(java.util.Locale.ROOT).equals(kind) || s.items().isEmpty()) continue;
            List<String> names = s.items().stream().map(MenuItem::name).toList();
            String list = names.size() <= 8 ? Spoken.list(names) : String.join(", ", names.subList(0, 8)) + " and more";
            return "Our " + kind + ": " + list + ".";
        }
        return menu(tenant);
    }

    /** Words that are no item's name: a question's own words ("do you have") are never said back as a dish. */
    private static final java.util.Set<String> NOT_A_DISH = java.util.Set.of("do", "you", "have", "is", "are", "there",
            "what", "any", "got", "guys", "your", "we", "i", "can", "get", "it", "that", "this");

    private static String notOnMenu(String words, Tenant tenant) {
        boolean dish = !words.isBlank() && java.util.Arrays.stream(words.split(" ")).noneMatch(NOT_A_DISH::contains);
        StringBuilder out = new StringBuilder("Sorry, we don't have " + (dish ? words : "that") + ".");
        for (MenuSection s : tenant.menu().sections()) {
            for (Map.Entry<String, String> fact : s.facts().entrySet()) {
                if (words.contains(fact.getKey())) out.append(' ').append(fact.getValue());
            }
        }
        return out.toString();
    }

    /** Whether we deliver, where (the zip codes), and at what fee and minimum; a zip asked about is answered. */
    private static List<Sentence> delivery(Tenant tenant, String zip) {
        var rules = tenant.priceRules();
        if (!rules.deliveryOffered()) return List.of(Sentence.of(Line.PICKUP_ONLY));
        List<String> zips = rules.deliveryZips().stream().sorted().map(z -> String.join(" ", z.split(""))).toList();
        String terms = " The delivery fee is " + Spoken.money(rules.deliveryFeeCents()) + " and the minimum order is "
                + Spoken.money(rules.deliveryMinimumCents()) + ".";
        if (!zip.isBlank() && !rules.deliveryZips().contains(zip)) {
            return Sentence.dynamic("Sorry, we don't deliver to " + String.join(" ", zip.split("")) + "; we deliver to "
                    + Spoken.list(zips) + ". Pickup is always fine.");
        }
        String where = zip.isBlank() ? "Yes, we deliver to " + Spoken.list(zips) + "." : "Yes, we deliver there.";
        return Sentence.dynamic(where + terms);
    }

    private static String menu(Tenant tenant) {
        List<String> parts = new ArrayList<>();
        for (MenuSection s : tenant.menu().sections()) {
            List<String> names = s.items().stream().map(MenuItem::name).limit(6).toList();
            if (!names.isEmpty()) parts.add(s.title() + ": " + Spoken.list(names));
        }
        return "We have " + String.join("; ", parts) + ".";
    }
}
