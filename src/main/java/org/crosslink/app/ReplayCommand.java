package org.crosslink.app;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.messaging.EmbeddedBroker;
import org.crosslink.messaging.ReportSender;
import org.crosslink.pipeline.Outcome;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.runtime.Progress;
import org.crosslink.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Publishes a file of reports through the broker, waits until every one is processed, and summarises. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        header = "Publish a JSONL file of reports to the bus and wait until each is processed.",
        description = {"Publish each line of a JSONL file (one report, wire format v1) to its source's inbound queue,",
                "wait until every report has been processed or rejected, and print one summary line.",
                "With no broker configured it starts the embedded one in the data directory, in-VM only: it opens no",
                "port, so it runs beside a running bus (give it a data directory of its own)."})
public final class ReplayCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE.jsonl", description = "One report per line.")
    Path file;

    @Option(names = "--export-entities", paramLabel = "OUT.jsonl", description = "After the replay, write one line per person and location mention with its entity.")
    Path exportEntities;

    @Option(names = "--export-alerts", paramLabel = "OUT.jsonl", description = "Write every alert published during the replay, one JSON object per line, with its recipients.")
    Path exportAlerts;

    @Option(names = "--default-source", paramLabel = "SOURCE", description = "The queue for a line whose source cannot be read (default: ${DEFAULT-VALUE}).")
    String defaultSource = "MET";

    @Option(names = "--stall-seconds", description = "Give up when nothing has been processed for this long (default: ${DEFAULT-VALUE}).")
    int stallSeconds = 120;

    @Option(names = "--no-train", description = {"Do not train a person model from the store once the reports are in. By default a",
            "replay is a back-load: the bus trains a model from everything it now holds and resolves the store again",
            "under it before the entities are exported, as a running bus does each time its store doubles.",
            "A replay that adds nothing to the store (every report a duplicate, stale or rejected) trains nothing."})
    boolean noTrain;

    @Override
    public Integer call() throws Exception {
        // its own bus, in-VM only: it sends and waits itself, and runs beside a bus that holds the broker's ports
        // and it trains once, at the end, from everything it holds, rather than as the store grows
        Settings settings = common.settings().with(Map.of(EmbeddedBroker.NETWORK, "false", "crosslink.model.auto-train", "false"));
        long lines;
        try (var stream = Files.lines(file, StandardCharsets.UTF_8)) {
            lines = stream.filter(l -> !l.isBlank()).count();
        }
        try (Bus bus = new Bus(settings).start();
             AlertExport alerts = new AlertExport(exportAlerts)) {
            BusRuntime rt = bus.runtime();
            rt.relay().onPublished(alerts::write);
            Queries queries = new Queries(rt.db());
            Map<String, Long> before = queries.counts();
            long start = System.nanoTime();
            try (ReportSender sender = rt.reportSender(defaultSource, 500);
                 BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 ProgressBar bar = Progress.bar("sending", lines)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        sender.send(line);
                        bar.step();
                    }
                }
            }
            Map<String, Long> delta = waitFor(queries, before, lines);
            double seconds = (System.nanoTime() - start) / 1e9;
            waitForOutbox(rt);
            PrintStream out = System.out;
            long dead = delta.getOrDefault(Outcome.DEAD_LETTERED.name(), 0L);
            if (dead > 0) {
                out.printf("%d reports could not be processed and are in the dead-letter queue (see 'dlq list'); counted as rejected%n", dead);
            }
            out.printf("replayed %d reports: accepted %d, rejected %d, duplicates %d, superseded %d in %.1f s (%.0f reports/s)%n",
                    lines, delta.getOrDefault("ACCEPTED", 0L), delta.getOrDefault("REJECTED", 0L) + dead,
                    delta.getOrDefault("DUPLICATE", 0L), delta.getOrDefault("SUPERSEDED", 0L), seconds, lines / seconds);
            if (!noTrain) {
                train(rt, settings, delta.getOrDefault(Outcome.ACCEPTED.name(), 0L), out);
            }
            if (exportEntities != null) {
                try (BufferedWriter w = Files.newBufferedWriter(exportEntities, StandardCharsets.UTF_8)) {
                    queries.exportEntities(w);
                }
            }
            return processed(delta) == lines ? 0 : 1;
        }
    }

    /** Trains a model from the store and puts it to use, unless the replay accepted nothing. */
    private void train(BusRuntime rt, Settings settings, long accepted, PrintStream out) throws Exception {
        if (accepted == 0) {
            // duplicates, stale revisions and rejections leave the store as it was: a model trained now would be
            // the one in use again, under a new version number
            out.println("model: not trained: the replay added nothing to the store");
            return;
        }
        String result = ControlRequest.ask(rt, settings.get("crosslink.queue.control"), Map.of("action", "MODEL_TRAIN",
                "apply", true, "reason", "the replay of " + file.getFileName() + " ended"), stallSeconds * 5);
        out.println("model: " + (result == null ? "no answer from the bus" : result));
        waitForOutbox(rt);
    }

    private Map<String, Long> waitFor(Queries queries, Map<String, Long> before, long expected) throws Exception {
        Map<String, Long> delta = Map.of();
        long lastProgress = System.nanoTime();
        long lastCount = -1;
        try (ProgressBar bar = Progress.bar("processed", expected)) {
            while (true) {
                Map<String, Long> now = queries.counts();
                delta = new HashMap<>();
                for (Map.Entry<String, Long> e : now.entrySet()) {
                    delta.put(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L));
                }
                long done = processed(delta);
                bar.stepTo(Math.min(done, expected));
                if (done >= expected) {
                    return delta;
                }
                if (done != lastCount) {
                    lastCount = done;
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > stallSeconds * 1_000_000_000L) {
                    System.err.printf("replay: nothing processed for %d s; %d of %d done%n", stallSeconds, done, expected);
                    return delta;
                }
                Thread.sleep(100);
            }
        }
    }

    /** Every alert change committed is published before the replay ends. */
    private void waitForOutbox(BusRuntime rt) throws Exception {
        long deadline = System.nanoTime() + stallSeconds * 1_000_000_000L;
        while (rt.relay().pending() > 0 && System.nanoTime() < deadline) {
            rt.relay().wake();
            Thread.sleep(50);
        }
        // the last published batch reaches the listeners just after its rows are marked sent
        rt.relay().publish(0);
    }

    private static long processed(Map<String, Long> delta) {
        return delta.values().stream().mapToLong(Long::longValue).sum();
    }
}
