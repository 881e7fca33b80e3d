package org.crosslink.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU the JIT compiler threads have used, read from Linux's {@code /proc/self/task/N/stat}: the JVM's own
 * figure ({@code CompilationMXBean}) is elapsed time summed over its compiler threads, which on a busy
 * two-core machine counts the time they wait for a core too. The compiler threads are not Java threads, so
 * {@code ThreadMXBean} cannot see them.
 * <p>
 * Counted thread by thread: HotSpot starts compiler threads as the queue grows and lets them end when idle
 * ({@code UseDynamicNumberOfCompilerThreads}), so a sum over the threads alive at the end, less a sum over
 * those alive at the start, went negative when one that had worked ended in between. A thread that ends
 * during the run is not counted at all: the figure is a lower bound.
 */
final class CompilerCpu {
    /** Linux reports thread times in clock ticks of 1/100 s (USER_HZ, fixed for user space). */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path TASKS = Path.of("/proc/self/task");

    private CompilerCpu() {
    }

    /** Clock ticks used so far by each compiler thread alive now, by thread id; null where /proc cannot tell. */
    static Map<String, Long> snapshot() {
        if (!Files.isDirectory(TASKS)) {
            return null;
        }
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                long t = compilerTicks(read(task.resolve("stat")));
                if (t > 0) {
                    ticks.put(task.getFileName().toString(), t);
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return ticks;
    }

    /** Nanoseconds of CPU the compiler threads alive at {@code end} used since {@code start}; -1 if either is unknown. */
    static long nanosBetween(Map<String, Long> start, Map<String, Long> end) {
        if (start == null || end == null) {
            return -1;
        }
        long ticks = 0;
        for (Map.Entry<String, Long> e : end.entrySet()) {
            ticks += e.getValue() - start.getOrDefault(e.getKey(), 0L);
        }
        return ticks * NANOS_PER_TICK;
    }

    /** The user and system ticks of a thread's stat line if it is a JIT compiler thread ("C1/C2 CompilerThread"), else 0. */
    static long compilerTicks(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')'); // the name may itself hold parentheses or spaces
        if (open < 0 || close < open || !stat.substring(open + 1, close).contains("CompilerThre")) {
            return 0;
        }
        // after the name: state is field 3; utime and stime are fields 14 and 15 of the line
        String[] fields = stat.substring(close + 2).trim().split("\\s+");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static String read(Path stat) {
        try {
            return Files.readString(stat);
        } catch (IOException e) {
            return ""; // the thread ended between listing and reading
        }
    }
}
