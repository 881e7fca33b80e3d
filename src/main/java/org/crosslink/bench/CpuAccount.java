package org.crosslink.bench;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the CPU went during a run: time per thread group, garbage collection and JIT compilation, per report.
 * The JIT appears twice: the JVM's elapsed compile time, and the compiler threads' CPU ({@link CompilerCpu}).
 */
final class CpuAccount {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> start = new HashMap<>();
    private final long gcStart = gcMillis();
    private final long jitStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    private final Map<String, Long> jitCpuStart = CompilerCpu.snapshot();

    CpuAccount() {
        for (long id : threads.getAllThreadIds()) {
            start.put(id, threads.getThreadCpuTime(id));
        }
    }

    void print(PrintStream out, long reports) {
        Map<String, Long> byGroup = new TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long now = threads.getThreadCpuTime(id);
            if (info == null || now < 0) {
                continue;
            }
            String group = info.getThreadName().replaceAll("[#-]?\\d+", "").replaceAll("\\s+", " ").trim();
            byGroup.merge(group, now - start.getOrDefault(id, 0L), Long::sum);
        }
        StringBuilder sb = new StringBuilder("cpu per report (us):");
        byGroup.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> sb.append(String.format(" [%s %.0f]", e.getKey(), e.getValue() / 1000.0 / reports)));
        sb.append(String.format(" [gc %.0f] [jit %.0f", (gcMillis() - gcStart) * 1000.0 / reports,
                (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitStart) * 1000.0 / reports));
        long jitCpu = CompilerCpu.nanosBetween(jitCpuStart, CompilerCpu.snapshot());
        if (jitCpu >= 0) {
            // the JVM's figure is elapsed time; the compiler threads' CPU, where Linux tells it, is what they took from the app
            sb.append(String.format(", cpu %.0f", jitCpu / 1000.0 / reports));
        }
        out.println(sb.append(']'));
    }

    private static long gcMillis() {
        long t = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            t += Math.max(0, gc.getCollectionTime());
        }
        return t;
    }
}
