package pizzeria.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pizzeria.order.Bill;
import pizzeria.order.Order;
import pizzeria.order.OrderStatus;
import pizzeria.order.OrderView;
import pizzeria.tenant.Tenant;

/** A call as stored: identity, outcome, phases, the order, and every turn. */
final class CallRecord {
    private CallRecord() { }

    static Map<String, Object> of(CallIdentity id, Tenant tenant, Instant started, Instant ended, String outcome,
                                  String transferTo, List<String> phases, Order order, Bill bill,
                                  List<TranscriptLine> transcript, Map<String, Object> cost) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("callId", id.callId());
        m.put("tenant", tenant.id());
        m.put("tenantVersion", tenant.version());
        m.put("channel", id.channel());
        m.put("from", id.from());
        m.put("to", id.to());
        m.put("startedAt", started.toString());
        m.put("endedAt", ended == null ? null : ended.toString());
        m.put("outcome", outcome);
        m.put("transferTo", transferTo);
        m.put("phases", phases);
        boolean hasOrder = !order.isEmpty() || order.status() != OrderStatus.OPEN;
        m.put("order", hasOrder ? OrderView.of(order, bill) : null);
        List<Object> turns = new ArrayList<>();
        int seq = 0;
        for (TranscriptLine t : transcript) {
            Map<String, Object> turn = new LinkedHashMap<>();
            turn.put("seq", ++seq);
            turn.put("speaker", t.speaker());
            turn.put("text", t.text());
            turn.put("phase", t.phase());
            turn.put("at", t.at().toString());
            turn.put("latency", t.facts().get("latency"));
            turn.put("understoodBy", t.facts().get("understoodBy"));
            turns.add(turn);
        }
        m.put("turns", turns);
        m.put("cost", cost);
        return m;
    }
}
