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

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
