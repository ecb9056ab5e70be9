package pizzeria.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.Supplier;

/** The gateway's Prometheus metrics: calls and orders per tenant, calls in progress. */
public final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public Metrics(Supplier<Number> activeCalls) {
        Gauge.builder("gateway_active_calls", activeCalls).description("calls in progress").register(registry);
    }

    public void callStarted(String tenant, String channel) {
        Counter.builder("gateway_calls_total").tag("tenant", tenant).tag("channel", channel).register(registry).increment();
    }

    private final java.util.Map<String, Boolean> counted = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, false) {
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Boolean> e) { return size() > 10_000; }
            });

    /** A call's record was written; an ended call is counted once, however often its record is written. */
    public void recorded(String tenant, io.vertx.core.json.JsonObject record) {
        if (record.getString("endedAt") == null || counted.putIfAbsent(record.getString("callId"), true) != null) return;
        callEnded(tenant, record.getString("outcome"));
        io.vertx.core.json.JsonObject cost = record.getJsonObject("cost");
        if (cost == null) return;
        for (String provider : java.util.List.of("telephony", "stt", "llm", "tts", "total")) {
            io.micrometer.core.instrument.DistributionSummary.builder("gateway_call_cost_usd").tag("tenant", tenant)
                    .tag("provider", provider).register(registry).record(cost.getDouble(provider, 0.0));
        }
    }

    public void callEnded(String tenant, String outcome) {
        Counter.builder("gateway_call_outcomes_total").tag("tenant", tenant).tag("outcome", outcome == null ? "none" : outcome)
                .register(registry).increment();
        if ("placed".equals(outcome)) Counter.builder("gateway_orders_total").tag("tenant", tenant).register(registry).increment();
    }

    /** One turn's stage durations (ms), as histograms per stage: the gateway's own share apart. */
    public void turn(String tenant, java.util.Map<String, Object> latency) {
        for (String stage : java.util.List.of("sttMs", "understandMs", "modelMs", "ttsFirstByteMs", "framingMs", "totalMs", "gatewayMs")) {
            Object v = latency.get(stage);
            if (!(v instanceof Number n)) continue;
            io.micrometer.core.instrument.DistributionSummary.builder("gateway_turn_stage_ms").tag("stage", stage.replace("Ms", ""))
                    .publishPercentileHistogram().register(registry).record(n.doubleValue());
        }
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public String scrape() {
        return registry.scrape();
    }
}
