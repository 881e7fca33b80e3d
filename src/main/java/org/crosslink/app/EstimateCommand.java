package org.crosslink.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import org.crosslink.evaluate.FebrlReports;
import org.crosslink.intake.IntakeLimits;
import org.crosslink.intake.ParsedBody;
import org.crosslink.intake.ReportParser;
import org.crosslink.intake.ReportReader;
import org.crosslink.model.Report;
import org.crosslink.resolve.Mention;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.resolve.ResolutionListener;
import org.crosslink.resolve.ResolutionSettings;
import org.crosslink.resolve.compare.Agreement;
import org.crosslink.resolve.compare.Comparison;
import org.crosslink.resolve.score.EmEstimator;
import org.crosslink.resolve.score.Score;
import org.crosslink.resolve.score.Weights;
import org.crosslink.runtime.Progress;
import org.crosslink.runtime.ResolutionConfig;
import org.crosslink.undo.UndoLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Estimates the person weights from unlabelled reports by EM, beside the configured ones. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = {"Estimate the person comparisons' m and u probabilities without labels (EM) from reports: a",
                "FEBRL-format .csv, or reports one per line (.jsonl, the wire format). The reports are resolved by the",
                "same engine as the bus; every pair blocking brings together is used. Prints the estimate in the form",
                "of config/resolution.yaml, each level beside the configured values, for an analyst to review;",
                "it changes nothing. Last line: estimate: pairs=N match-share=S iterations=K converged=true|false"})
public final class EstimateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "A FEBRL-format .csv, or a .jsonl of reports.")
    Path file;

    @Option(names = "--iterations", description = "At most this many EM iterations (default: ${DEFAULT-VALUE}).")
    int iterations = 200;

    @Option(names = "--tolerance", description = "Stop once no probability moves more than this (default: ${DEFAULT-VALUE}).")
    double tolerance = 1e-6;

    @Override
    public Integer call() throws Exception {
        ResolutionSettings settings = ResolutionConfig.read(common.settings());
        List<Report> reports = read(file);
        List<Map<String, Agreement>> pairs = compare(settings, reports);
        if (pairs.isEmpty()) {
            System.err.println("estimate: no two persons in " + file + " share a blocking key; nothing to estimate from");
            return 1;
        }
        EmEstimator.Estimate e = EmEstimator.estimate(pairs, settings.personWeights(), iterations, tolerance);
        print(System.out, e, settings.personWeights());
        System.out.printf("estimate: pairs=%d match-share=%.4f iterations=%d converged=%s%n", pairs.size(), e.matchShare(),
                e.iterations(), e.converged());
        return 0;
    }

    private static List<Report> read(Path file) throws Exception {
        if (file.toString().endsWith(".csv")) {
            return FebrlReports.read(file, 46).stream().map(FebrlReports.Labelled::report).toList();
        }
        ReportParser parser = new ReportParser(IntakeLimits.defaults());
        ReportReader reader = new ReportReader();
        List<Report> out = new ArrayList<>();
        int skipped = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            ParsedBody parsed = parser.parse(line);
            if (parsed.rejection() != null) {
                skipped++;
                continue;
            }
            try {
                out.add(reader.read(parsed.json()));
            } catch (RuntimeException e) {
                skipped++; // JSON, but not a report the reader can take
            }
        }
        if (skipped > 0) {
            System.err.println("estimate: skipped " + skipped + " lines that are not reports");
        }
        return out;
    }

    /** Resolves the reports in order, keeping every person pair's levels (the evidence, not the outcome). */
    private static List<Map<String, Agreement>> compare(ResolutionSettings settings, List<Report> reports) {
        List<Map<String, Agreement>> pairs = new ArrayList<>();
        ResolutionEngine engine = new ResolutionEngine(settings);
        UndoLog undo = new UndoLog();
        ResolutionListener<PersonRecord> collect = new Collector(pairs);
        engine.bind(collect, ResolutionListener.none(), undo);
        try (ProgressBar bar = Progress.bar("comparing", reports.size())) {
            for (Report r : reports) {
                engine.resolve(r, List.of(), List.of());
                undo.clear();
                bar.step();
            }
        }
        return pairs;
    }

    private static void print(PrintStream out, EmEstimator.Estimate e, Weights configured) {
        out.println("# EM estimate; in brackets the configured m and u. Review before copying into config/resolution.yaml:");
        out.println("person:");
        out.println("  comparisons:");
        for (Map.Entry<String, EnumMap<Agreement, Double>> f : e.m().entrySet()) {
            if (f.getValue().size() < 2) {
                out.println("    # " + f.getKey() + ": seen at one level only, " + f.getValue().keySet() + ": not estimable");
                continue;
            }
            if (f.getValue().keySet().stream().allMatch(l -> configured.u(f.getKey(), l) == 0)) {
                out.println("    # " + f.getKey() + ": not configured (the comparator derives its weight); for information");
            }
            out.println("    " + f.getKey() + ":");
            for (Map.Entry<Agreement, Double> l : f.getValue().entrySet()) {
                Agreement level = l.getKey();
                out.printf("      %-10s {m: %.5f, u: %.6f}   # [%.5f, %.6f]%n", level + ":", l.getValue(),
                        e.u().get(f.getKey()).get(level), configured.m(f.getKey(), level), configured.u(f.getKey(), level));
            }
        }
    }

    /** Keeps each scored person pair's level for every field compared. */
    private static final class Collector extends ResolutionListener.Quiet<PersonRecord> {
        private final List<Map<String, Agreement>> pairs;

        Collector(List<Map<String, Agreement>> pairs) {
            this.pairs = pairs;
        }

        @Override
        public void compared(Mention<PersonRecord> a, Mention<PersonRecord> b, Score score) {
            Map<String, Agreement> levels = new LinkedHashMap<>();
            for (Comparison c : score.comparisons()) {
                levels.put(c.field(), c.level());
            }
            pairs.add(levels);
        }
    }
}
