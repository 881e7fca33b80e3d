package org.crosslink.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
        long nanos = CompilerCpu.nanos();
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/task"))) {
            assertThat(nanos).isGreaterThan(0); // a test JVM has compiled something by now
        } else {
            assertThat(nanos).isEqualTo(-1);
        }
    }
}
