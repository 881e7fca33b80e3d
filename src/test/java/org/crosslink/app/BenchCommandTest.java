package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.crosslink.test.Cli;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * A small run of 'bench', to keep the command working: the broker alone, then the whole bus on an empty
 * store and on a preloaded one, with the plot. The figures come from the benchmark, not from this test.
 */
class BenchCommandTest {

    @Test
    void aSmallBenchRunMeasuresBothSidesAccountsForEveryReportAndPlotsStoreSize() throws Exception {
        Path dir = TestSettings.newDataDir("bench");
        Path plot = dir.resolve("scaling.png");

        Cli.Result r = Cli.run(TestSettings.create(dir, Map.of()), "bench", "--reports", "300", "--warmup", "50",
                "--preload", "0,200", "--plot", plot.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("raw: 300 persistent messages of [0-9]+ bytes produced and consumed: [0-9]+ msgs/s");
        assertThat(r.out()).containsPattern("bus: 300 reports with 0 persons already resolved: accepted ([0-9]+), rejected [0-9]+, duplicates [0-9]+");
        assertThat(r.out()).containsPattern("bus: 300 reports with 200 persons already resolved");
        assertThat(r.out().strip().lines().reduce((a, b) -> b).orElseThrow())
                .matches("bench: bus=[0-9]+ reports/s raw=[0-9]+ msgs/s ratio=[0-9.]+ p99=[0-9]+ ms");
        assertThat(r.out()).containsPattern("live heap after GC, bus running: [0-9]+ MB");
        assertThat(r.out()).as("subscribers take their alerts during the run")
                .containsPattern("alerts delivered to the subscribers \\(every force and coordinator connected\\): [1-9][0-9]*");
        try (var left = Files.list(dir.resolve("bench"))) {
            assertThat(left.toList()).as("stores the runs made").isEmpty();
        }
        byte[] png = Files.readAllBytes(plot);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }
}
