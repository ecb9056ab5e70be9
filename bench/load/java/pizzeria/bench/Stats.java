package pizzeria.bench;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.Collection;

/** Percentiles of a sample, as the JSON results carry them (milliseconds, two decimals). */
final class Stats {
    private Stats() { }

    static JsonObject of(Collection<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        JsonObject out = new JsonObject().put("count", v.length);
        if (v.length == 0) return out;
        return out.put("p50", round(at(v, 0.50))).put("p99", round(at(v, 0.99))).put("max", round(v[v.length - 1]))
                .put("mean", round(Arrays.stream(v).average().orElse(0)));
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
