package pizzeria.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The calls benchmark: the gateway as its own process, fake providers and callers here, N stepped up.
 * Usage: LoadBench [steps, e.g. 50,100,250] [results file]. The headline is the highest N at which every
 * call completed with its order stored right, the gateway's p99 added latency under 20 ms, and no late frame.
 */
public final class LoadBench {
    static final int WARMUP_CALLS = 20;

    private LoadBench() { }

    public static void main(String[] args) throws Exception {
        List<Integer> steps = Arrays.stream((args.length > 0 ? args[0] : "50,100,250,500,750,1000").split(","))
                .map(Integer::parseInt).toList();
        Path results = Path.of(args.length > 1 ? args[1] : "bench/results/load.json");
        Path work = BenchFiles.freshDirectory(Path.of("target", "bench-load"));
        Path tenants = Files.createDirectories(work.resolve("restaurants"));
        Files.copy(Path.of("..", "shared", "spec", "restaurant.example.yaml"), tenants.resolve("tonys-pizza.yaml"));
        JsonArray done = new JsonArray();
        try (ProviderFakes fakes = ProviderFakes.start();
             GatewayProcess gateway = GatewayProcess.start(fakes.gatewayEnv(18080, 54339, work.resolve("data"), tenants), work.resolve("gateway.log"))) {
            LoadStep step = new LoadStep(fakes, gateway);
            // The JIT compiles the hot paths during the first calls; a short run first keeps that out of the steps.
            JsonObject warmup = step.run(WARMUP_CALLS, rampMs(WARMUP_CALLS), false);
            System.out.println("warm-up " + WARMUP_CALLS + ": " + warmup.getInteger("ordersStoredCorrectly") + " orders right");
            int best = 0;
            for (int n : steps) {
                JsonObject r = step.run(n, rampMs(n), false);
                done.add(r);
                System.out.println("step " + n + ": " + r.encode());
                if (passes(r)) best = n;
                if (r.getInteger("ordersStoredCorrectly") < n * 0.9) break;
                Files.createDirectories(results.getParent());
                Files.writeString(results, report(done, best, null).encodePrettily());
            }
            if (System.getenv("BENCH_HISTOGRAM") != null) {
                // What the gateway still holds once the calls have ended: for finding what outlives a call.
                gateway.heapUsedBytes(true);
                Files.writeString(Path.of(System.getenv("BENCH_HISTOGRAM")), gateway.jcmd("GC.class_histogram"));
            }
            if ("0".equals(System.getenv("BENCH_MEMORY_PROBE"))) return;
            int probe = best > 0 ? best : steps.get(0);
            JsonObject memory = step.run(probe, rampMs(probe), true);
            System.out.println("memory probe " + probe + ": " + memory.encode());
            Files.writeString(results, report(done, best, memory).encodePrettily());
        }
    }

    /** Callers dial in over a ramp (20 calls a second, at most 20 s), so that at the plateau all N talk at once. */
    static long rampMs(int n) {
        return Math.min(20_000, n * 50L);
    }

    static boolean passes(JsonObject r) {
        return r.getInteger("ordersStoredCorrectly").equals(r.getInteger("calls")) && r.getJsonArray("errors").isEmpty()
                && r.getJsonObject("gatewayAddedMs").getDouble("p99", Double.MAX_VALUE) < 20
                && r.getLong("lateFrames") == 0 && r.getInteger("partialFrames") == 0;
    }

    private static JsonObject report(JsonArray steps, int best, JsonObject memory) {
        return new JsonObject().put("machine", Machine.describe()).put("command", "make bench")
                .put("providerDelaysMs", new JsonObject().put("sttFinal", ProviderFakes.STT_FINAL_MS)
                        .put("modelFirstToken", ProviderFakes.MODEL_FIRST_TOKEN_MS).put("ttsFirstByte", ProviderFakes.TTS_FIRST_BYTE_MS))
                .put("headlineConcurrentCalls", best).put("steps", steps).put("memoryProbe", memory);
    }
}
