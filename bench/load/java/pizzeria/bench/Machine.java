package pizzeria.bench;

import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a result was measured on: cores, memory, CPU model, JDK. */
final class Machine {
    private Machine() { }

    static JsonObject describe() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new JsonObject().put("cores", Runtime.getRuntime().availableProcessors())
                .put("memoryGiB", Math.round(os.getTotalMemorySize() / 1073741824.0))
                .put("cpu", cpuModel()).put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"))
                .put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    /** Jiffies busy and in all, summed over the machine's CPUs (the first line of /proc/stat). */
    static long[] cpuTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) total += Long.parseLong(f[i]);
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (java.io.IOException | RuntimeException e) {
            return new long[] {0, 1};
        }
    }

    /** The share of the whole machine busy between two {@link #cpuTicks()} readings. */
    static double busyShare(long[] before, long[] after) {
        return Stats.round((double) (after[0] - before[0]) / Math.max(1, after[1] - before[1]));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
