package org.crosslink.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU the JIT compiler threads have used, read from Linux's {@code /proc/self/task/N/stat}: the JVM's own
 * figure ({@code CompilationMXBean}) is elapsed time summed over its compiler threads, which on a busy
 * two-core machine counts the time they wait for a core too. The compiler threads are not Java threads, so
 * {@code ThreadMXBean} cannot see them.
 */
final class CompilerCpu {
    /** Linux reports thread times in clock ticks of 1/100 s (USER_HZ, fixed for user space). */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path TASKS = Path.of("/proc/self/task");

    private CompilerCpu() {
    }

    /** Nanoseconds of CPU used so far by the compiler threads, or -1 where /proc cannot tell. */
    static long nanos() {
        if (!Files.isDirectory(TASKS)) {
            return -1;
        }
        long ticks = 0;
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                ticks += compilerTicks(read(task.resolve("stat")));
            }
        } catch (IOException | RuntimeException e) {
            return -1;
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
