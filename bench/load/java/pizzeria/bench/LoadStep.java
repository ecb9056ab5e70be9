package pizzeria.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import pizzeria.http.PublicScenarios;

/** One step of the load: N callers dialled in over a ramp, each placing a scenario's order, then measured. */
final class LoadStep {
    static final String TENANT = "tonys-pizza";
    private static final List<Map<String, Object>> SCENARIOS =
            PublicScenarios.load().stream().filter(s -> PublicScenarios.PHONE_IDS.contains(s.get("id"))).toList();
    private static final AtomicInteger VOICES = new AtomicInteger();

    private final ProviderFakes fakes;
    private final GatewayProcess gateway;
    private final WebClient web;

    LoadStep(ProviderFakes fakes, GatewayProcess gateway) {
        this.fakes = fakes;
        this.gateway = gateway;
        this.web = WebClient.create(fakes.vertx, new WebClientOptions(), new io.vertx.core.http.PoolOptions().setHttp1MaxSize(64));
    }

    static Map<String, Object> scenario(String id) {
        return SCENARIOS.stream().filter(s -> id.equals(s.get("id"))).findFirst().orElseThrow();
    }

    /** Runs N calls; {@code measureLiveHeap} forces one full collection at the plateau to weigh the live heap. */
    JsonObject run(int n, long rampMs, boolean measureLiveHeap) throws Exception {
        double cpuBefore = gateway.cpuSeconds();
        double systemBefore = gateway.systemSeconds();
        long heapIdle = gateway.heapUsedBytes(true);
        long rssIdle = gateway.rssBytes();
        double generatorCpuBefore = GeneratorCpu.seconds();
        AtomicInteger active = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        List<Future<ScenarioCall.Heard>> calls = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Map<String, Object> s = SCENARIOS.get(i % SCENARIOS.size());
            int voice = VOICES.getAndIncrement();
            List<String> lines = PublicScenarios.spokenLines(s);
            fakes.deepgram.script(voice, lines.toArray(String[]::new));
            String sid = String.format("CAbench%05d", voice);
            Promise<ScenarioCall.Heard> p = Promise.promise();
            calls.add(p.future());
            fakes.vertx.setTimer(1 + rampMs * i / n, t -> {
                peak.accumulateAndGet(active.incrementAndGet(), Math::max);
                new ScenarioCall(sid, (String) s.get("id"), lines)
                        .dial(fakes.vertx, web, gateway.port, (String) s.get("from"), (String) s.get("to"), voice)
                        .onComplete(r -> active.decrementAndGet()).onComplete(p);
            });
        }
        long dgMessagesBefore = fakes.deepgram.audioMessages();
        long dgFramesBefore = fakes.deepgram.audioFrames();
        // A benchmark runs in real time: wait out the ramp, then measure the machine over 3 s of plateau.
        Thread.sleep(rampMs);
        long[] plateauStart = Machine.cpuTicks();
        Thread.sleep(3000);
        double machineBusyAtPlateau = Machine.busyShare(plateauStart, Machine.cpuTicks());
        long rssPlateau = gateway.rssBytes();
        long heapPlateau = gateway.heapUsedBytes(measureLiveHeap);
        int atPlateau = active.get();
        Future.join(calls).await();
        double wallSeconds = (System.nanoTime() - t0) / 1e9;
        double gatewayCpu = gateway.cpuSeconds() - cpuBefore;
        double gatewaySystem = gateway.systemSeconds() - systemBefore;
        double generatorCpu = GeneratorCpu.seconds() - generatorCpuBefore;
        double framesPerRecognizerMessage = (double) (fakes.deepgram.audioFrames() - dgFramesBefore)
                / Math.max(1, fakes.deepgram.audioMessages() - dgMessagesBefore);
        List<ScenarioCall.Heard> heard = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Future<ScenarioCall.Heard> f : calls) {
            if (f.succeeded()) heard.add(f.result());
            else errors.add(String.valueOf(f.cause()));
        }
        JsonObject out = new StepAnalysis(web, gateway.port).analyse(heard, errors);
        double callMinutes = heard.stream().mapToDouble(h -> (h.endNanos() - h.startNanos()) / 60e9).sum();
        return out.put("calls", n).put("rampMs", rampMs).put("concurrentAtPlateau", atPlateau).put("peakConcurrent", peak.get())
                .put("wallSeconds", Stats.round(wallSeconds))
                .put("gatewayCpuSeconds", Stats.round(gatewayCpu)).put("gatewayKernelCpuSeconds", Stats.round(gatewaySystem)).put("generatorCpuSeconds", Stats.round(generatorCpu))
                .put("gatewayCpuSecondsPerCallMinute", Stats.round(gatewayCpu / callMinutes * 1000) / 1000)
                .put("gatewayCpuShareOfTwoCores", Stats.round(gatewayCpu / wallSeconds / 2))
                .put("generatorCpuShareOfTwoCores", Stats.round(generatorCpu / wallSeconds / 2))
                .put("machineBusyAtPlateau", machineBusyAtPlateau)
                .put("recognizerFramesPerMessage", Stats.round(framesPerRecognizerMessage))
                .put("heapIdleMiB", mib(heapIdle)).put("heapAtPlateauMiB", mib(heapPlateau))
                .put("heapMeasure", measureLiveHeap ? "live (after a full collection)" : "in use, garbage included")
                .put("heapPerConcurrentCallKiB", Stats.round((heapPlateau - heapIdle) / 1024.0 / Math.max(1, atPlateau)))
                .put("rssIdleMiB", mib(rssIdle)).put("rssAtPlateauMiB", mib(rssPlateau))
                .put("rssPerConcurrentCallKiB", Stats.round((rssPlateau - rssIdle) / 1024.0 / Math.max(1, atPlateau)));
    }

    private static double mib(long bytes) {
        return Stats.round(bytes / 1048576.0);
    }
}
