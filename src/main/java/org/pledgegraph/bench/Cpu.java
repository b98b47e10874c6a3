package org.pledgegraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** The process's CPU time and the machine's load, from the platform MXBeans. */
final class Cpu {
    private Cpu() {
    }

    /** CPU time used by this process so far, all threads, in seconds (0 if the JVM cannot tell). */
    static double seconds() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return Math.max(0, ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime()) / 1e9;
        }
        return 0;
    }

    /** The system load average over the last minute (negative if unknown). */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
