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

/**
 * A call as stored: identity, outcome, phases, the order, every turn and the cost.
 *
 * @param endedAt null while the call goes on
 * @param cost    the breakdown by provider, as {@link CallCost#breakdown} gives it
 */
public record CallRecord(CallIdentity id, String tenantId, int tenantVersion, Instant startedAt, Instant endedAt,
                         Outcome outcome, String transferTo, List<String> phases, Order order, Bill bill,
                         List<TranscriptLine> turns, Map<String, Object> cost) {
    public CallRecord {
        phases = List.copyOf(phases);
        turns = List.copyOf(turns);
    }

    /** Whether there is an order to store with the call: something in the cart, or a status past open. */
    public boolean hasOrder() {
        return !order.isEmpty() || order.status() != OrderStatus.OPEN;
    }

    /** The record in the call-record JSON shape (CONTRACT.md) the store and the API serve. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("callId", id.callId());
        m.put("tenant", tenantId);
        m.put("tenantVersion", tenantVersion);
        m.put("channel", id.channel());
        m.put("from", id.from());
        m.put("to", id.to());
        m.put("startedAt", startedAt.toString());
        m.put("endedAt", endedAt == null ? null : endedAt.toString());
        m.put("outcome", outcome == null ? null : outcome.wire());
        m.put("transferTo", transferTo);
        m.put("phases", phases);
        m.put("order", hasOrder() ? OrderView.of(order, bill) : null);
        List<Object> out = new ArrayList<>();
        int seq = 0;
        for (TranscriptLine t : turns) {
            Map<String, Object> turn = new LinkedHashMap<>();
            turn.put("seq", ++seq);
            turn.put("speaker", t.speaker().wire());
            turn.put("text", t.text());
            turn.put("phase", t.phase());
            turn.put("at", t.at().toString());
            turn.put("latency", t.latency());
            turn.put("understoodBy", t.understoodBy() == null ? null : t.understoodBy().wire());
            out.add(turn);
        }
        m.put("turns", out);
        m.put("cost", cost);
        return m;
    }
}
