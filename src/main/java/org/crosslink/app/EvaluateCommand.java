package org.crosslink.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import org.crosslink.config.Settings;
import org.crosslink.evaluate.FebrlReports;
import org.crosslink.evaluate.PairwiseScore;
import org.crosslink.model.MentionKey;
import org.crosslink.resolve.Mention;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.runtime.Progress;
import org.crosslink.runtime.ResolutionConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs FEBRL-format labelled data through the resolution engine and scores it pairwise. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score entity resolution on a FEBRL-format file: reports spread across forces, resolved by the same engine as the bus, pairwise precision/recall/F1 against the file's ground truth.")
public final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FEBRL.csv", description = "A FEBRL-format file (rec_id, given_name, surname, ...).")
    Path file;

    @Option(names = "--seed", description = "Seed for spreading records across forces and for the arrival order (default: ${DEFAULT-VALUE}).")
    long seed = 46;

    @Option(names = "--orders", description = "Also replay in this many other random orders and report the pairwise agreement between them (default: ${DEFAULT-VALUE}).")
    int orders = 0;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings();
        List<FebrlReports.Labelled> reports = FebrlReports.read(file, seed);
        Map<MentionKey, String> truthPersons = new HashMap<>();
        Map<MentionKey, String> truthLocations = new HashMap<>();
        for (FebrlReports.Labelled l : reports) {
            truthPersons.put(new MentionKey(l.report().key(), "P1"), l.truth());
            truthLocations.put(new MentionKey(l.report().key(), "L1"), l.truth());
        }
        List<FebrlReports.Labelled> order = new ArrayList<>(reports);
        Collections.shuffle(order, new Random(seed));
        long start = System.nanoTime();
        ResolutionEngine engine = run(settings, order, "resolving");
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<MentionKey, String> persons = entities(engine, "P");
        Map<MentionKey, String> locations = entities(engine, "L");
        System.out.printf("%d reports resolved in %.1f s (%.0f reports/s), %d comparisons%n", reports.size(), seconds,
                reports.size() / seconds, engine.persons().comparisons() + engine.locations().comparisons());
        for (int i = 1; i <= orders; i++) {
            List<FebrlReports.Labelled> other = new ArrayList<>(reports);
            Collections.shuffle(other, new Random(seed + i));
            ResolutionEngine again = run(settings, other, "order " + i);
            System.out.printf("order %d: pairwise agreement persons=%.5f locations=%.5f%n", i,
                    PairwiseScore.agreement(persons, entities(again, "P")),
                    PairwiseScore.agreement(locations, entities(again, "L")));
        }
        PairwiseScore l = PairwiseScore.of(truthLocations, locations);
        PairwiseScore p = PairwiseScore.of(truthPersons, persons);
        System.out.println(l.line("LOCATION") + " pred_pairs=" + l.predictedPairs() + " true_pairs=" + l.truePairs());
        System.out.println(p.line("PERSON") + " pred_pairs=" + p.predictedPairs() + " true_pairs=" + p.truePairs());
        return 0;
    }

    private static ResolutionEngine run(Settings settings, List<FebrlReports.Labelled> order, String task) {
        ResolutionEngine engine = new ResolutionEngine(ResolutionConfig.read(settings));
        try (ProgressBar bar = Progress.bar(task, order.size())) {
            for (FebrlReports.Labelled l : order) {
                engine.resolve(l.report(), java.util.List.of(), java.util.List.of());
                bar.step();
            }
        }
        return engine;
    }

    private static Map<MentionKey, String> entities(ResolutionEngine engine, String kind) {
        Map<MentionKey, String> out = new HashMap<>();
        for (Mention<?> m : kind.equals("P") ? engine.persons().mentions() : engine.locations().mentions()) {
            out.put(m.key(), m.entity().id());
        }
        return out;
    }
}
