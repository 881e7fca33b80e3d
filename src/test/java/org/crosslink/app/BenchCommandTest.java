package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crosslink.config.Settings;
import org.crosslink.store.Json;
import org.crosslink.test.Cli;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A small run of 'bench', to keep the command working: the broker alone, then the whole bus on an empty
 * store and on a preloaded one, with the plot. The figures come from the benchmark, not from this test.
 */
class BenchCommandTest {

    @Test
    void theBenchmarksBrokerListensOnTheConfiguredPortsUnlessSomethingHoldsThem() throws Exception {
        Settings settings = TestSettings.create(TestSettings.newDataDir("bench-ports"), Map.of());
        int amqp = settings.getInt("crosslink.broker.amqp-port");

        assertThat(BenchCommand.onFreePorts(settings).getInt("crosslink.broker.amqp-port")).isEqualTo(amqp);
        try (ServerSocket held = new ServerSocket(amqp, 50, InetAddress.getByName("127.0.0.1"))) {
            Settings moved = BenchCommand.onFreePorts(settings);
            assertThat(moved.getInt("crosslink.broker.amqp-port")).isNotEqualTo(amqp);
            assertThat(moved.getInt("crosslink.broker.core-port")).isEqualTo(settings.getInt("crosslink.broker.core-port"));
        }
    }

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

    @Test
    void labelledWritesTheReportsARunSendsWithWhoEachPersonInThemIsAndMeasuresNothing() throws Exception {
        Path dir = TestSettings.newDataDir("bench-labelled");
        Path out = dir.resolve("labelled");

        Cli.Result r = Cli.run(TestSettings.create(dir, Map.of()), "bench", "--reports", "400", "--warmup", "100",
                "--labelled", out.toString());

        assertThat(r.exit()).isZero();
        List<JsonNode> reports = lines(out.resolve("reports.jsonl"));
        List<JsonNode> truth = lines(out.resolve("truth.jsonl"));
        assertThat(reports).as("the bad input and re-deliveries of 500 lines are left out").hasSizeBetween(450, 499);
        assertThat(reports.stream().map(n -> n.path("reportId").asString()).distinct()).hasSameSizeAs(reports);
        Set<String> mentions = reports.stream().flatMap(n -> n.path("persons").valueStream()
                .map(p -> n.path("source").asString() + "/" + n.path("reportId").asString() + "#" + p.path("ref").asString()))
                .collect(Collectors.toSet());
        assertThat(truth.stream().map(t -> t.path("source").asString() + "/" + t.path("reportId").asString() + "#"
                + t.path("ref").asString()).collect(Collectors.toSet())).as("a truth for every person, and only for them")
                .isEqualTo(mentions).hasSameSizeAs(truth);
        assertThat(truth.stream().map(t -> t.path("truth").asString()).distinct().count())
                .as("some persons recur in another report").isLessThan(truth.size());
        assertThat(r.out()).doesNotContain("bench: bus=");
    }

    private static List<JsonNode> lines(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(Json.MAPPER::readTree).toList();
    }
}
