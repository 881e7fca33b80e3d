package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crosslink.config.Settings;
import org.crosslink.test.BusProcess;
import org.crosslink.test.Cli;
import org.crosslink.test.Reports;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * A user runs an evaluation beside a live bus: replay, demo and bench bring their own bus and must not fight the
 * running one for its ports; and 'run', when its port is taken, says so. The running bus is the real jar, in a
 * process of its own; the commands beside it are given the very ports it holds.
 */
class CommandsBesideARunningBusIT {

    @Test
    void runSaysWhichPortIsTakenThatAnotherCrosslinkMayHoldItAndTheSettingToChangeWithoutClaimingToHaveStarted() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            Settings settings = TestSettings.create(TestSettings.newDataDir("run-port-taken"),
                    Map.of("crosslink.broker.amqp-port", Integer.toString(taken.getLocalPort())));
            BusProcess bus = new BusProcess(settings);

            assertThatThrownBy(bus::start).hasMessageContaining("the bus exited");

            await().atMost(Duration.ofSeconds(30)).until(() -> !bus.isAlive());
            assertThat(bus.exitCode()).isEqualTo(Crosslink.CONFIGURATION_ERROR);
            assertThat(bus.log(1))
                    .contains("crosslink run: the embedded broker cannot listen: port " + taken.getLocalPort()
                            + " on 127.0.0.1 (crosslink.broker.amqp-port) is in use, perhaps by another crosslink running on "
                            + "this machine. Stop it, or give this bus other ports (--property crosslink.broker.amqp-port=")
                    .doesNotContain("event=broker.started", "cannot connect to the broker", "\tat ");
        }
    }

    @Test
    void replayDemoAndBenchRunBesideABusThatHoldsTheirPorts() throws Exception {
        Settings live = TestSettings.create(TestSettings.newDataDir("live-bus"), Map.of());
        BusProcess bus = new BusProcess(live).start();
        try {
            Map<String, String> samePorts = new LinkedHashMap<>();
            for (String key : List.of("crosslink.broker.core-port", "crosslink.broker.amqp-port", "crosslink.broker.stomp-port",
                    "crosslink.console.port")) {
                samePorts.put(key, live.get(key));
            }
            assertThat(bus.portOpen()).isTrue();

            Path replayDir = TestSettings.newDataDir("replay-beside");
            Path file = replayDir.resolve("reports.jsonl");
            Files.write(file, Reports.lines(Reports.report("MET", "MET-B-1").person("P1", "WITNESS", "Ann", "Beside", null),
                    Reports.report("GMP", "GMP-B-2").person("P1", "WITNESS", "Bob", "Beside", null)));
            Cli.Result replay = Cli.run(TestSettings.create(replayDir, samePorts), "replay", file.toString());
            assertThat(replay.exit()).as(replay.err()).isZero();
            assertThat(replay.out()).contains("replayed 2 reports: accepted 2, rejected 0");

            Cli.Result demo = Cli.run(TestSettings.create(TestSettings.newDataDir("demo-beside"), samePorts),
                    "demo", "--exit", "--pause-ms", "0");
            assertThat(demo.exit()).as(demo.err()).isZero();
            assertThat(demo.out()).contains("in-VM only (no port)", "The story is told");

            Cli.Result bench = Cli.run(TestSettings.create(TestSettings.newDataDir("bench-beside"), samePorts),
                    "bench", "--reports", "300", "--warmup", "0", "--skip-raw", "--forces", "3");
            assertThat(bench.exit()).as(bench.err()).isZero();
            assertThat(bench.out()).containsPattern("bench: bus=[0-9]+ reports/s");

            assertThat(bus.isAlive()).as("the running bus is untouched").isTrue();
            assertThat(bus.log(1)).doesNotContain("Exception");
        } finally {
            bus.terminate(Duration.ofSeconds(60));
        }
    }
}
