package org.crosslink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CompilerCpuTest {
    private static final String C2 = "4711 (C2 CompilerThre) S 1 4700 4700 0 -1 1077936192 10 0 0 0 250 30 0 0 20 0 32 0 95 0 0";
    private static final String APP = "4712 (Camel (camel) t) S 1 4700 4700 0 -1 1077936192 10 0 0 0 900 80 0 0 20 0 32 0 95 0 0";

    @Test
    void aCompilerThreadCountsItsUserAndSystemTicks() {
        assertThat(CompilerCpu.compilerTicks(C2)).isEqualTo(280);
    }

    @Test
    void anyOtherThreadCountsNothingEvenWithParenthesesInItsName() {
        assertThat(CompilerCpu.compilerTicks(APP)).isZero();
        assertThat(CompilerCpu.compilerTicks("")).isZero();
    }

    @Test
    void thisJvmsCompilerThreadsHaveUsedSomeCpuWhereProcIsThere() {
        Map<String, Long> now = CompilerCpu.snapshot();
        if (Files.isDirectory(Path.of("/proc/self/task"))) {
            // a test JVM has compiled something by now
            assertThat(CompilerCpu.nanosBetween(Map.of(), now)).isGreaterThan(0);
        } else {
            assertThat(now).isNull();
        }
    }

    @Test
    void aCompilerThreadThatEndedDuringTheRunDoesNotMakeTheFigureNegative() {
        Map<String, Long> start = Map.of("101", 500L, "102", 40L);
        Map<String, Long> end = Map.of("102", 70L, "103", 5L); // 101 ended, 103 started

        assertThat(CompilerCpu.nanosBetween(start, end)).isEqualTo((30 + 5) * 10_000_000L);
    }

    @Test
    void anUnknownStartOrEndGivesMinusOne() {
        assertThat(CompilerCpu.nanosBetween(null, Map.of())).isEqualTo(-1);
        assertThat(CompilerCpu.nanosBetween(Map.of(), null)).isEqualTo(-1);
    }
}
