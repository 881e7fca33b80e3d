package org.crosslink.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.HdrHistogram.Histogram;
import org.crosslink.bench.BenchRunner;
import org.crosslink.config.Settings;
import org.crosslink.messaging.EmbeddedBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Measures, side by side on this machine, the broker alone and the whole bus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure the bus's throughput and latency on generated reports.",
        description = {"Generate realistic reports (several nationalities with spelling variants, shared phones and",
                "workplaces, a share of persons recurring across forces, some bad input) and measure on this machine",
                "the broker alone (raw) and the whole bus with every guarantee on (bus): reports/s, the ratio,",
                "latency from send to commit, and peak heap. Last line:",
                "  bench: bus=X reports/s raw=Y msgs/s ratio=Z p99=W ms",
                "Its brokers listen on the configured ports, or on free ones where something holds those, so it runs beside a running bus."})
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--reports", description = "Reports to send (default: ${DEFAULT-VALUE}).")
    int reports = 100_000;

    @Option(names = "--warmup", description = "Reports sent first and not measured, while the JIT compiles the hot code (default: ${DEFAULT-VALUE}).")
    int warmup = 20_000;

    @Option(names = "--forces", description = "Forces sending them (default: ${DEFAULT-VALUE}).")
    int forces = 12;

    @Option(names = "--rate", description = "Send at this steady rate, reports/s, for latency under load; 0 sends as fast as possible (default: ${DEFAULT-VALUE}).")
    double rate = 0;

    @Option(names = "--producers", description = "Producer threads (default: ${DEFAULT-VALUE}).")
    int producers = 2;

    @Option(names = "--recurring", description = "Share of persons that recur in another force's report (default: ${DEFAULT-VALUE}).")
    double recurring = 0.15;

    @Option(names = "--preload", split = ",", description = "Persons already resolved before the run; several values run once each and plot throughput against store size (e.g. 0,100000,1000000).")
    List<Integer> preload = new ArrayList<>(List.of(0));

    @Option(names = "--plot", description = "Where to write the plot of throughput against store size (PNG), when several --preload values are given.")
    Path plot;

    @Option(names = "--skip-raw", description = "Do not measure the broker alone.")
    boolean skipRaw;

    @Option(names = "--seed", description = "Seed of the report generator (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--labelled", paramLabel = "DIR", description = "Measure nothing: write the reports a run would send, "
            + "without its bad input, to DIR/reports.jsonl and who each person in them is to DIR/truth.jsonl, for evaluate.")
    Path labelled;

    @Override
    public Integer call() throws Exception {
        if (labelled != null) {
            new BenchRunner(common.settings(), labelled, seed, forces, recurring, producers).writeLabelled(reports, warmup, labelled);
            return 0;
        }
        Settings settings = onFreePorts(common.settings());
        Path base = settings.path("crosslink.data-dir").resolve("bench");
        Files.createDirectories(base);
        BenchRunner runner = new BenchRunner(settings, base, seed, forces, recurring, producers);
        try (QuietLogs quiet = QuietLogs.unless(System.getenv("CROSSLINK_LOG_LEVEL"))) {
            return runner.run(reports, warmup, rate, preload, plot, skipRaw);
        }
    }

    /**
     * The benchmark's brokers listen, as a live bus does (its force systems and subscribers connect over TCP): on the
     * configured ports when nothing holds them, otherwise on ports the kernel gives, so that it runs beside a running
     * bus. A port the kernel gives is free when given but may be given again as the local end of a connection before
     * the broker binds it; a configured one chosen out of the kernel's range is not.
     */
    static Settings onFreePorts(Settings settings) throws IOException {
        Map<String, String> ports = new LinkedHashMap<>();
        String host = settings.get("crosslink.broker.host");
        for (String key : EmbeddedBroker.PORTS) {
            if (!EmbeddedBroker.free(host, settings.getInt(key))) {
                ports.put(key, Integer.toString(anyFreePort()));
            }
        }
        return settings.with(ports);
    }

    static int anyFreePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    static String ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? "-" : String.valueOf(h.getValueAtPercentile(percentile));
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
