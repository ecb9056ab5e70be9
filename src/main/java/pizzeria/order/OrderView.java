package pizzeria.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pizzeria.menu.DealUse;

/** The order as the contract's JSON shape, in plain maps and lists (the shell serialises it). */
public final class OrderView {
    private OrderView() { }

    public static Map<String, Object> of(Order order, Bill bill) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orderId", order.orderId());
        m.put("tenant", order.tenantId());
        m.put("status", order.status().id());
        m.put("customerName", order.customerName());
        m.put("callerPhone", order.callerPhone());
        m.put("fulfillment", fulfillment(order.fulfillment()));
        List<Object> items = new ArrayList<>();
        for (OrderLine l : order.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("lineId", l.lineId());
            line.put("itemId", l.item().itemId());
            line.put("name", l.item().name());
            line.put("size", l.item().size());
            line.put("quantity", l.quantity());
            line.put("options", l.item().options());
            line.put("unitPriceCents", l.item().unitCents());
            line.put("lineTotalCents", l.totalCents());
            items.add(line);
        }
        m.put("items", items);
        m.put("subtotalCents", bill.subtotalCents());
        m.put("discountCents", bill.discountCents());
        m.put("deliveryFeeCents", bill.deliveryFeeCents());
        m.put("taxCents", bill.taxCents());
        m.put("totalCents", bill.totalCents());
        List<Object> deals = new ArrayList<>();
        for (DealUse d : bill.deals()) deals.add(Map.of("dealId", d.dealId(), "savingsCents", d.savingsCents()));
        m.put("deals", deals);
        return m;
    }

    private static Map<String, Object> fulfillment(Fulfillment f) {
        if (f == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", f.type().id());
        if (f.type() == Fulfillment.Type.DELIVERY) {
            m.put("address", f.address());
            m.put("zip", f.zip());
        }
        return m;
    }
}
