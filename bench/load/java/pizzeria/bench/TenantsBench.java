package pizzeria.bench;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import pizzeria.voice.twilio.TwilioSignature;

/**
 * The restaurants benchmark: one gateway serving N generated tenants. Reports the start time to serving (a
 * first start, and a restart) and until every tenant's schema was made (first start) or checked (restart),
 * live heap per tenant, number-to-tenant routing
 * through Twilio's webhook, and a menu hot swap while scenario calls run on the swapped tenant.
 * Usage: TenantsBench [tenants] [results file].
 */
public final class TenantsBench {
    private static final int ROUTING_SAMPLES = 2000;
    private static final int CALLS_DURING_SWAP = 50;

    private TenantsBench() { }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path results = Path.of(args.length > 1 ? args[1] : "bench/results/tenants.json");
        Path work = BenchFiles.freshDirectory(Path.of("target", "bench-tenants"));
        JsonObject out = new JsonObject().put("machine", Machine.describe()).put("tenants", count);
        try (ProviderFakes fakes = ProviderFakes.start()) {
            Path one = work.resolve("one");
            TenantFactory.write(one, 1);
            try (GatewayProcess gw = GatewayProcess.start(fakes.gatewayEnv(18081, 54340, work.resolve("data-one"), one), work.resolve("one.log"))) {
                out.put("oneTenantStartMs", gw.startMillis).put("oneTenantLiveHeapMiB", mib(gw.heapUsedBytes(true)));
            }
            Path many = work.resolve("many");
            TenantFactory.write(many, count);
            Map<String, String> env = fakes.gatewayEnv(18081, 54340, work.resolve("data-many"), many);
            try (GatewayProcess gw = GatewayProcess.start(env, work.resolve("first-start.log"))) {
                out.put("firstStartMs", gw.startMillis);
                out.put("firstStartEveryVersionRecordedMs", gw.awaitVersionsRecorded());
                out.put("firstStartEverySchemaReadyMs", gw.awaitSchemasReady());
            }
            try (GatewayProcess gw = GatewayProcess.start(env, work.resolve("restart.log"))) {
                out.put("restartMs", gw.startMillis);
                out.put("restartEverySchemaCheckedMs", gw.awaitSchemasReady());
                long heap = gw.heapUsedBytes(true);
                out.put("liveHeapMiB", mib(heap)).put("heapPerTenantKiB", Stats.round((heap - out.getDouble("oneTenantLiveHeapMiB") * 1048576) / 1024 / count))
                        .put("rssMiB", mib(gw.rssBytes()));
                WebClient web = WebClient.create(fakes.vertx);
                out.put("tenantsServed", served(web, gw.port));
                out.put("routingMs", routing(web, gw.port, count));
                out.put("hotSwap", hotSwap(fakes, gw, web));
            }
        }
        Files.createDirectories(results.getParent());
        Files.writeString(results, out.encodePrettily());
        System.out.println(out.encodePrettily());
    }

    private static int served(WebClient web, int port) {
        return web.get(port, "127.0.0.1", "/admin/tenants").putHeader("Authorization", "Bearer " + StepAnalysis.ADMIN).send().await()
                .bodyAsJsonObject().getJsonArray("tenants").size();
    }

    /** Twilio's webhook for random numbers: the gateway finds the tenant and answers with its stream. */
    private static JsonObject routing(WebClient web, int port, int count) {
        Random random = new Random(7);
        List<Double> ms = new ArrayList<>();
        int routed = 0;
        for (int i = 0; i < ROUTING_SAMPLES; i++) {
            int t = 1 + random.nextInt(count - 1);
            MultiMap form = MultiMap.caseInsensitiveMultiMap().add("CallSid", "CAroute" + i).add("From", "+19735550123")
                    .add("To", TenantFactory.number(t)).add("AccountSid", "ACbench").add("CallStatus", "ringing");
            Map<String, String> params = new HashMap<>();
            form.forEach(e -> params.put(e.getKey(), e.getValue()));
            String sig = new TwilioSignature(ProviderFakes.AUTH_TOKEN).sign(ProviderFakes.PUBLIC_URL + "/twilio/voice", params);
            long t0 = System.nanoTime();
            var r = web.post(port, "127.0.0.1", "/twilio/voice").putHeader("X-Twilio-Signature", sig)
                    .putHeader("X-Clock", "2026-11-24T18:30:00-05:00").sendForm(form).await();
            ms.add((System.nanoTime() - t0) / 1e6);
            if (r.statusCode() == 200 && r.bodyAsString().contains("<Stream")) routed++;
        }
        return Stats.of(ms).put("routedToAStream", routed).put("note", "whole webhook round trip over loopback, signature check included");
    }

    /** Scenario calls on the reference tenant; at the plateau its menu is replaced through the admin API. */
    private static JsonObject hotSwap(ProviderFakes fakes, GatewayProcess gw, WebClient web) throws Exception {
        LoadStep step = new LoadStep(fakes, gw);
        String swapped = TenantFactory.reference().replace("price_cents: 899", "price_cents: 949");
        JsonObject[] swap = new JsonObject[1];
        Thread swapper = new Thread(() -> {
            try {
                // Real time: swap the menu once every call of the ramp is talking.
                Thread.sleep(LoadBench.rampMs(CALLS_DURING_SWAP) + 2000);
                long t0 = System.nanoTime();
                var r = web.put(gw.port, "127.0.0.1", "/admin/tenants/tonys-pizza").putHeader("Authorization", "Bearer " + StepAnalysis.ADMIN)
                        .putHeader("Content-Type", "application/yaml")
                        .sendBuffer(Buffer.buffer(swapped)).await();
                swap[0] = new JsonObject().put("status", r.statusCode()).put("swapMs", Stats.round((System.nanoTime() - t0) / 1e6))
                        .put("newVersion", r.bodyAsJsonObject().getValue("version"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        swapper.start();
        JsonObject calls = step.run(CALLS_DURING_SWAP, LoadBench.rampMs(CALLS_DURING_SWAP), false);
        swapper.join();
        return swap[0].put("callsDuringSwap", CALLS_DURING_SWAP).put("ordersStoredCorrectly", calls.getInteger("ordersStoredCorrectly"))
                .put("failedCalls", calls.getJsonArray("failedCalls")).put("gatewayAddedMs", calls.getJsonObject("gatewayAddedMs"));
    }

    private static double mib(long bytes) {
        return Stats.round(bytes / 1048576.0);
    }
}
