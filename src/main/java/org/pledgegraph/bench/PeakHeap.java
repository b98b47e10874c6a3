package org.pledgegraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/** Peak heap use of one phase: the heap pools' peaks are reset when a phase starts. */
final class PeakHeap {
    private static final double MB = 1024.0 * 1024.0;

    private PeakHeap() {
    }

    /** Collects garbage and resets the peaks, so that what follows is measured alone. */
    static void reset() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last {@link #reset}, in MB. */
    static double peakMb() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MB;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
    }
}
