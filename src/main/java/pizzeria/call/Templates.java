package pizzeria.call;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pizzeria.menu.MenuItem;
import pizzeria.order.Bill;
import pizzeria.order.Fulfillment;
import pizzeria.order.Order;
import pizzeria.order.OrderLine;
import pizzeria.spoken.Spoken;
import pizzeria.tenant.Tenant;

/** Fills a phase's {@code say} template with the call's facts, spoken the way a person would say them. */
final class Templates {
    private Templates() { }

    /**
     * The template's sentences, filled in: a sentence without placeholders is the same in every call of the
     * tenant version, so it is fixed (cacheable); the others carry this call's facts.
     */
    static List<Sentence> sentences(String template, Tenant tenant, Order order, Bill bill, ZonedDateTime now) {
        List<Sentence> out = new ArrayList<>();
        for (String s : Sentence.sentencesOf(template)) {
            if (isFixed(s)) out.add(new Sentence(clean(s), true));
            else out.addAll(Sentence.dynamic(render(s, tenant, order, bill, now)));
        }
        return out;
    }

    /** The sentences of a template that are the same in every call: what the phrase cache may keep. */
    static List<String> fixedSentences(String template) {
        return Sentence.sentencesOf(template).stream().filter(Templates::isFixed).map(Templates::clean).toList();
    }

    private static boolean isFixed(String sentence) {
        return !sentence.contains("{");
    }

    private static String clean(String text) {
        // "that's {fulfillment_summary}" in a tenant's line: the summary opens with "that's" itself, said once
        String out = text.replaceAll(" ,", ",").replaceAll("\\s+", " ").replaceAll("(?i)\\b(that's|that is) \\1\\b", "$1").trim();
        // "Thanks Chris. {fulfillment_summary}": a sentence opens with a capital, whatever the placeholder starts with
        return java.util.regex.Pattern.compile("([.!?] )([a-z])").matcher(out).replaceAll(m -> m.group(1) + m.group(2).toUpperCase(java.util.Locale.ROOT));
    }

    static String render(String template, Tenant tenant, Order order, Bill bill, ZonedDateTime now) {
        Map<String, String> vars = Map.of(
                "cart_summary", cartSummary(tenant, order, bill),
                "subtotal", Spoken.money(bill.afterDiscountCents()),
                "customer_name", order.customerName() == null ? "" : order.customerName(),
                "fulfillment_summary", fulfillmentSummary(tenant, order.fulfillment(), bill),
                "total", Spoken.money(bill.totalCents()),
                "ready_minutes", Spoken.number(readyMinutes(tenant, order.fulfillment())),
                "restaurant_name", tenant.name(),
                "hours_today", tenant.hours().today(now));
        String out = template;
        for (var e : vars.entrySet()) out = out.replace("{" + e.getKey() + "}", e.getValue());
        return clean(out);
    }

    static String speak(Tenant tenant, OrderLine line) {
        MenuItem item = tenant.menu().item(line.item().itemId()).orElseThrow();
        return item.speak(line.item(), line.quantity());
    }

    static String lines(Tenant tenant, List<OrderLine> lines) {
        return Spoken.list(lines.stream().map(l -> speak(tenant, l)).toList());
    }

    private static String cartSummary(Tenant tenant, Order order, Bill bill) {
        String items = lines(tenant, order.lines());
        if (bill.deals().isEmpty()) return items;
        List<String> deals = bill.deals().stream().map(d -> "the " + d.name() + " deal").distinct().toList();
        return items + ", with " + Spoken.list(deals);
    }

    private static String fulfillmentSummary(Tenant tenant, Fulfillment f, Bill bill) {
        if (f == null) return "";
        if (f.type() == Fulfillment.Type.PICKUP) return "that's for pickup";
        String fee = bill.deliveryFeeCents() > 0 ? ", plus a delivery fee of " + Spoken.money(bill.deliveryFeeCents()) : "";
        return "that's delivery to " + f.address() + fee;
    }

    static int readyMinutes(Tenant tenant, Fulfillment f) {
        Integer m = f != null && f.type() == Fulfillment.Type.DELIVERY ? tenant.deliveryReadyMinutes() : tenant.pickupReadyMinutes();
        return m == null ? 20 : m;
    }
}
