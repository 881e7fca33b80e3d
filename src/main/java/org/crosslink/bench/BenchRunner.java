package org.crosslink.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.store.Json;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** Runs the raw and bus benchmarks, at one or several store sizes, and prints (and plots) the figures. */
public final class BenchRunner {
    private final Settings settings;
    private final Path base;
    private final long seed;
    private final int forces;
    private final double recurring;
    private final int producers;
    private final PrintStream out = System.out;

    public BenchRunner(Settings settings, Path base, long seed, int forces, double recurring, int producers) {
        this.settings = settings;
        this.base = base;
        this.seed = seed;
        this.forces = forces;
        this.recurring = recurring;
        this.producers = producers;
    }

    public int run(int reports, int warmup, double rate, List<Integer> preloads, Path plot, boolean skipRaw) throws Exception {
        List<String> sources = sources();
        out.printf("bench: %d reports from %d forces (%.0f%% recurring persons), %s, %d cores, max heap %d MB%n", reports,
                sources.size(), recurring * 100, rate > 0 ? "steady " + rate + " reports/s" : "as fast as possible",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        ReportGenerator generator = new ReportGenerator(seed, sources, recurring, 0.02);
        List<String> warm = new ArrayList<>(warmup);
        for (int i = 0; i < warmup; i++) {
            warm.add(generator.next());
        }
        List<String> lines = new ArrayList<>(reports);
        for (int i = 0; i < reports; i++) {
            lines.add(generator.next());
        }
        int size = (int) lines.stream().mapToInt(String::length).average().orElse(1000);
        double raw = 0;
        if (!skipRaw) {
            Path rawDir = fresh("raw");
            raw = RawBenchmark.run(settings, rawDir, reports, size);
            delete(rawDir);
            out.printf("raw: %d persistent messages of %d bytes produced and consumed: %.0f msgs/s%n", reports, size, raw);
        }
        List<double[]> points = new ArrayList<>();
        BusBenchmark.Result last = null;
        for (int persons : preloads) {
            Path dir = fresh("bus-" + persons);
            // the bus's steady rate: training is an occasional pause of its own, measured apart (docs/resolution.md)
            Settings s = settings.with(Map.of("crosslink.data-dir", dir.toString(), "crosslink.model.auto-train", "false"));
            if (persons > 0) {
                Preloader.preload(s, new ReportGenerator(seed + 1, sources, 0, 0), persons);
            }
            try (Bus bus = new Bus(s).start()) {
                if (!warm.isEmpty()) {
                    // the JIT compiles the hot code in the first tens of thousands of reports, on the other core
                    BusBenchmark.run(bus, warm, generator, producers, 0);
                }
                CpuAccount cpu = new CpuAccount();
                long pc = bus.runtime().engine().persons().comparisons();
                long lc = bus.runtime().engine().locations().comparisons();
                last = BusBenchmark.run(bus, lines, generator, producers, rate);
                out.printf("resolution: %.1f person and %.1f location comparisons a report; %d persons, %d places%n",
                        (bus.runtime().engine().persons().comparisons() - pc) / (double) reports,
                        (bus.runtime().engine().locations().comparisons() - lc) / (double) reports,
                        bus.runtime().engine().persons().entityCount(), bus.runtime().engine().locations().entityCount());
                cpu.print(out, reports);
                out.printf("live heap after GC, bus running: %d MB%n", liveHeapMegabytes());
            }
            delete(dir); // a million persons leave gigabytes of journal and database behind
            print(last, persons);
            points.add(new double[] {persons, last.reportsPerSecond()});
        }
        if (plot != null && points.size() > 1) {
            plot(points, plot);
            out.printf("plot: %s%n", plot);
        }
        double bus = last.reportsPerSecond();
        out.printf("bench: bus=%.0f reports/s raw=%.0f msgs/s ratio=%.2f p99=%d ms%n", bus, raw, raw == 0 ? 0 : bus / raw,
                last.latency().getValueAtPercentile(99));
        return 0;
    }

    /**
     * Writes the reports a run with these options sends (warm-up and measured, without its bad input and
     * re-deliveries) to {@code reports.jsonl} in {@code dir}, and who each person in them really is to
     * {@code truth.jsonl}: {@code evaluate} then scores the resolution of the benchmark's own population.
     * Returns how many reports it wrote.
     */
    public int writeLabelled(int reports, int warmup, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<ReportGenerator.Truth> truth = new ArrayList<>();
        ReportGenerator generator = new ReportGenerator(seed, sources(), recurring, 0.02).onTruth(truth::add);
        int written = 0;
        try (BufferedWriter r = Files.newBufferedWriter(dir.resolve("reports.jsonl"));
             BufferedWriter t = Files.newBufferedWriter(dir.resolve("truth.jsonl"))) {
            for (int i = 0; i < warmup + reports; i++) {
                String line = generator.next();
                if (truth.isEmpty()) {
                    continue; // bad input or a re-delivery: nothing new to resolve
                }
                r.write(line);
                r.newLine();
                for (ReportGenerator.Truth m : truth) {
                    t.write(Json.MAPPER.writeValueAsString(Map.of("source", m.source(), "reportId", m.reportId(), "ref", m.ref(),
                            "truth", Long.toString(m.person()))));
                    t.newLine();
                }
                truth.clear();
                written++;
            }
        }
        out.printf("bench: %d reports written to %s with the truth of their persons%n", written, dir);
        return written;
    }

    private void print(BusBenchmark.Result r, int persons) {
        out.printf("bus: %d reports with %d persons already resolved: accepted %d, rejected %d, duplicates %d in %.1f s: %.0f reports/s%n",
                r.reports(), persons, r.outcomes().getOrDefault("ACCEPTED", 0L), r.outcomes().getOrDefault("REJECTED", 0L),
                r.outcomes().getOrDefault("DUPLICATE", 0L), r.seconds(), r.reportsPerSecond());
        out.printf("latency send to commit: p50=%d ms p95=%d ms p99=%d ms max=%d ms (%d reports)%n",
                r.latency().getValueAtPercentile(50), r.latency().getValueAtPercentile(95), r.latency().getValueAtPercentile(99),
                r.latency().getMaxValue(), r.latency().getTotalCount());
        out.printf("alerts delivered to the subscribers (every force and coordinator connected): %d%n", r.alertsReceived());
        out.printf("peak heap: %d MB%n", r.peakHeapBytes() >> 20);
    }

    /** What the running bus holds: the heap after a full collection (the peak also counts garbage not yet collected). */
    private static long liveHeapMegabytes() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private List<String> sources() {
        List<String> all = List.of("MET", "GMP", "WMP", "WYP", "MERSEY", "KENT", "ESSEX", "TVP", "NCA", "BTP", "PSNI", "SCOT",
                "LANCS", "SYP", "NORTHUM", "AVON", "HAMPS", "SUSSEX", "NOTTS", "LEICS");
        return all.subList(0, Math.max(1, Math.min(forces, all.size())));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private Path fresh(String name) throws Exception {
        Path dir = base.resolve(name + "-" + System.currentTimeMillis());
        Files.createDirectories(dir);
        return dir;
    }

    private static void plot(List<double[]> points, Path file) throws Exception {
        XYChart chart = new XYChartBuilder().width(800).height(500).title("crosslink: bus throughput against store size")
                .xAxisTitle("persons already resolved").yAxisTitle("reports/s").build();
        chart.addSeries("bus", points.stream().mapToDouble(p -> p[0]).toArray(), points.stream().mapToDouble(p -> p[1]).toArray());
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLegendVisible(false);
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
