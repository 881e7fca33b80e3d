package org.crosslink.app;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.crosslink.bench.Preloader;
import org.crosslink.bench.ReportGenerator;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.console.Console;
import org.crosslink.console.ConsoleBenchmark;
import org.crosslink.messaging.EmbeddedBroker;
import org.crosslink.messaging.ReportSender;
import org.crosslink.resolve.Mention;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.store.Json;
import org.crosslink.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/** Measures the console's pages against a large store. */
@Command(name = "console-bench", mixinStandardHelpOptions = true,
        header = "Measure the console's pages and searches over HTTP on a filled store.",
        description = {"Fill a store with resolved persons (kept in the data directory: a second run reuses it), start the bus",
                "and its console, send reports that raise alerts, let the search index catch up, then time the inbox,",
                "entity pages and searches (names and phone numbers as reports wrote them) over HTTP as the NCA's",
                "coordinators. Last line:",
                "  console-bench: inbox p95=X ms entity p95=Y ms search p95=Z ms live p95=W ms",
                "Its broker and console listen on the configured ports, or on free ones where something holds those, so it runs beside a running bus."})
public final class ConsoleBenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--persons", description = "Persons in the store before the run (default: ${DEFAULT-VALUE}).")
    int persons = 1_000_000;

    @Option(names = "--alert-reports", description = "Reports sent through the bus, with recurring persons, to raise alerts (default: ${DEFAULT-VALUE}).")
    int alertReports = 20_000;

    @Option(names = "--requests", description = "Timed requests of each page (default: ${DEFAULT-VALUE}).")
    int requests = 500;

    @Option(names = "--warmup", description = "Requests of each page first, not timed (default: ${DEFAULT-VALUE}).")
    int warmup = 200;

    @Option(names = "--live-alerts", description = "Alerts raised one at a time while an inbox is open, timed to its screen (default: ${DEFAULT-VALUE}).")
    int liveAlerts = 50;

    @Option(names = "--seed", description = "Seed of the report generator (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Override
    public Integer call() throws Exception {
        Settings settings = onFreePorts(common.settings());
        List<String> sources = List.of("MET", "GMP", "WMP", "WYP", "MERSEY", "KENT", "ESSEX", "TVP", "NCA", "BTP", "PSNI", "SCOT");
        try (QuietLogs quiet = QuietLogs.unless(System.getenv("CROSSLINK_LOG_LEVEL"))) {
            int have;
            try (BusRuntime rt = BusRuntime.start(settings)) {
                have = rt.engine().persons().mentionCount();
            }
            if (have < persons) {
                System.out.printf("console-bench: filling the store with %d persons (%d there)%n", persons, have);
                Preloader.preload(settings, new ReportGenerator(seed + 1, sources, 0, 0), persons);
            }
            try (Bus bus = new Bus(settings).start()) {
                BusRuntime rt = bus.runtime();
                Console console = ConsoleHook.start(bus);
                ReportGenerator alerts = new ReportGenerator(seed, sources, 0.3, 0);
                long before = processed(rt);
                try (ReportSender sender = rt.reportSender("MET", 200)) {
                    for (int i = 0; i < alertReports; i++) {
                        sender.send(alerts.next());
                    }
                }
                long start = System.nanoTime();
                await(() -> processed(rt) - before >= alertReports && rt.relay().pending() == 0 && console.searchIndexCurrent(),
                        Duration.ofMinutes(60));
                System.out.printf("console-bench: %d persons, %d places, %d alerts; bus and search index current after %d s%n",
                        rt.engine().persons().mentionCount(), rt.engine().locations().mentionCount(), rt.alerts().all().size(),
                        (System.nanoTime() - start) / 1_000_000_000L);
                List<String> entities = entities(rt, 2_000);
                List<String> queries = queries(new ReportGenerator(seed + 1, sources, 0, 0), 2_000);
                ConsoleBenchmark b = new ConsoleBenchmark(console.address());
                b.signIn("NCA-MSHT", rt.credentials().password("NCA-MSHT"));
                ConsoleBenchmark.Figures live;
                try (ReportSender sender = rt.reportSender("MET", 1)) {
                    live = b.live(i -> {
                        sender.send(crossForce("MET", i));
                        sender.send(crossForce("GMP", i));
                    }, liveAlerts);
                }
                List<ConsoleBenchmark.Figures> figures = List.of(b.inbox(warmup, requests), b.entities(entities, warmup, requests, seed),
                        b.searches(queries, warmup, requests, seed), live);
                ConsoleBenchmark.print(System.out, figures);
                System.out.printf("console-bench: inbox p95=%.1f ms entity p95=%.1f ms search p95=%.1f ms live p95=%.1f ms%n",
                        figures.get(0).p95Millis(), figures.get(1).p95Millis(), figures.get(2).p95Millis(), live.p95Millis());
            }
        }
        return 0;
    }

    /** The benchmark's broker and console listen on the configured ports, or on free ones where something holds those. */
    private static Settings onFreePorts(Settings settings) throws IOException {
        Settings broker = BenchCommand.onFreePorts(settings);
        // a million persons would retrain the model at each doubling: the benchmark measures pages, not training
        Map<String, String> more = new HashMap<>(Map.of("crosslink.model.auto-train", "false"));
        if (!EmbeddedBroker.free(settings.get("crosslink.console.host"), settings.getInt("crosslink.console.port"))) {
            more.put("crosslink.console.port", Integer.toString(BenchCommand.anyFreePort()));
        }
        return broker.with(more);
    }

    /** A report of a person no other report names, from one force; the same person from a second force raises an alert. */
    private static String crossForce(String source, int i) {
        String tag = Integer.toString(i, 26).chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 26))))
                .reduce("", String::concat);
        return "{\"schemaVersion\":1,\"reportId\":\"" + source + "-LIVE-" + i + "\",\"source\":\"" + source + "\",\"revision\":1,"
                + "\"reportedAt\":\"2026-11-30T10:00:00Z\",\"investigationStatus\":\"OPEN\","
                + "\"grading\":{\"source\":\"2\",\"intelligence\":\"B\",\"handling\":\"P\"},"
                + "\"persons\":[{\"ref\":\"P1\",\"role\":\"POTENTIAL_VICTIM\",\"givenName\":\"Zephyrine\",\"familyName\":\"Quillfeather"
                + tag + "\",\"dateOfBirth\":\"" + (1940 + i % 60) + "-0" + (1 + i % 9) + "-1" + (i % 10) + "\",\"identifiers\":[{\"type\":\"PHONE\",\"value\":\"07700 9"
                + String.format("%05d", i) + "\"}]}]}";
    }

    /** Reports processed so far, whatever became of them. */
    private static long processed(BusRuntime rt) throws Exception {
        return new Queries(rt.db()).counts().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Person entities spread over the store: every k-th mention's entity. */
    private static List<String> entities(BusRuntime rt, int n) {
        List<String> out = new ArrayList<>(n);
        int step = Math.max(1, rt.engine().persons().mentionCount() / n);
        int i = 0;
        for (Mention<PersonRecord> m : rt.engine().persons().mentions()) {
            if (i++ % step == 0 && m.entity() != null) {
                out.add(m.entity().id());
            }
        }
        return out;
    }

    /** Names and phone numbers as the preloaded reports wrote them (the same generator, the same seed). */
    private static List<String> queries(ReportGenerator generator, int n) {
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            JsonNode r = Json.MAPPER.readTree(generator.next());
            for (JsonNode p : r.path("persons")) {
                out.add(p.path("givenName").asString("") + " " + p.path("familyName").asString(""));
                for (JsonNode id : p.path("identifiers")) {
                    if ("PHONE".equals(id.path("type").asString())) {
                        out.add(id.path("value").asString());
                    }
                }
            }
        }
        return out;
    }

    private interface Check {
        boolean done() throws Exception;
    }

    private static void await(Check check, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (!check.done()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the bus or the search index did not catch up within " + limit);
            }
            Thread.sleep(500);
        }
    }
}
