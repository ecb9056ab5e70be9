package pizzeria.bench;

import java.lang.management.ManagementFactory;

/** CPU seconds this process (the load generator and the fake providers) has used. */
final class GeneratorCpu {
    private GeneratorCpu() { }

    static double seconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }
}
