package org.crosslink.evaluate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

import me.tongfei.progressbar.ProgressBar;
import org.crosslink.model.MentionKey;
import org.crosslink.model.Report;
import org.crosslink.resolve.Mention;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.resolve.ResolutionListener;
import org.crosslink.resolve.ResolutionSettings;
import org.crosslink.resolve.Resolver;
import org.crosslink.resolve.learn.ModelTrainer;
import org.crosslink.resolve.learn.TrainedModel;
import org.crosslink.undo.UndoLog;

/**
 * Resolves labelled reports with the bus's engine and configuration, in a seeded random order, and measures the
 * result against the truth. Unless told not to, it first trains a model on the reports, as a bus trains one from
 * its store, and resolves them again with it: the figures are those a bus holding these reports would give. It
 * measures pairwise precision, recall and F1, false merges and false splits with the evidence
 * behind the worst of them, the precision–recall curve across match thresholds, and, if asked, the agreement of
 * the entities between arrival orders.
 */
public final class Evaluation {
    private final ResolutionSettings settings;
    private final BiFunction<String, Long, ProgressBar> progress;

    /**
     * What to run: the seed of the arrival order, how many other orders, how many examples of each error, the plot
     * file, and the trainer of the model (null: resolve with the configured starting model only).
     */
    public record Options(long seed, int orders, int examples, Path plot, ModelTrainer trainer) {
        public Options {
            if (orders < 0 || examples < 0) {
                throw new IllegalArgumentException("orders and examples are 0 or more");
            }
        }
    }

    /** @param progress starts a progress bar for a task of so many steps */
    public Evaluation(ResolutionSettings settings, BiFunction<String, Long, ProgressBar> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public EvaluationResult run(LabelledData data, Options options) throws IOException {
        List<Report> order = new ArrayList<>(data.reports());
        Collections.shuffle(order, new Random(options.seed()));
        MentionIndex personIndex = MentionIndex.persons(data.reports(), data.personTruth());
        String[] note = {"the configured starting model (--no-train)"};
        TrainedModel model = options.trainer() == null ? null : train(order, options.trainer(), note);
        double threshold = (model == null ? settings.personThresholds() : settings.trainedPersonThresholds()).match();
        ScoredPairs<PersonRecord> scored = new ScoredPairs<>(personIndex, Math.min(ThresholdCurve.LOWEST, threshold));
        long start = System.nanoTime();
        ResolutionEngine engine = resolve(order, scored, "resolving", model);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<MentionKey, String> persons = entities(engine.persons());
        Map<MentionKey, String> locations = entities(engine.locations());
        List<double[]> agreements = new ArrayList<>();
        for (int i = 1; i <= options.orders(); i++) {
            List<Report> other = new ArrayList<>(data.reports());
            Collections.shuffle(other, new Random(options.seed() + i));
            ResolutionEngine again = resolve(other, ResolutionListener.none(), "order " + i, model);
            agreements.add(new double[] {PairwiseScore.agreement(persons, entities(again.persons())),
                PairwiseScore.agreement(locations, entities(again.locations()))});
        }
        Examples<PersonRecord> examples = new Examples<>(personIndex, scored, persons, engine.persons());
        KindResult personResult = KindResult.of("PERSON", data.personTruth(), persons, examples, options.examples());
        KindResult locationResult = data.locationTruth().isEmpty() ? null
                : KindResult.of("LOCATION", data.locationTruth(), locations, null, 0);
        List<ThresholdCurve.Point> curve = ThresholdCurve.of(personIndex, scored, ThresholdCurve.grid(threshold));
        if (options.plot() != null) {
            CurvePlot.write(options.plot(), curve, threshold, personResult.score(),
                    "crosslink: persons, pairwise precision and recall across match thresholds");
        }
        return new EvaluationResult(data.reports().size(), seconds, scored.heard(), agreements, personResult, locationResult,
                curve, threshold, data.problems(), new MentionText(data.reports(), data.rowIds()), options.plot(),
                note[0]);
    }

    /**
     * Resolves the reports with the starting model and trains a model on what that gives; null, with the reason in
     * the note, when the data are too few to learn from (the bus then keeps its model too).
     */
    private TrainedModel train(List<Report> order, ModelTrainer trainer, String[] note) {
        ResolutionEngine engine = resolve(order, ResolutionListener.none(), "training", null);
        try {
            TrainedModel model = engine.train(trainer, 1, Instant.now());
            TrainedModel.Provenance p = model.provenance();
            note[0] = String.format("trained on %d mentions (%s, %d blocked pairs, %.0f expected matches, %d EM iterations%s; "
                            + "placeholder birthdays: %s; households: %s; slips: %s)",
                    p.mentions(), p.allPairs() ? "all pairs" : p.randomPairs() + " random pairs", p.blockedPairs(),
                    p.expectedMatches(), p.iterations(), p.converged() ? "" : ", not converged",
                    model.placeholderBirthdays().monthDays().isEmpty() ? "none" : model.placeholderBirthdays(),
                    model.households().summary(), model.slips().summary());
            return model;
        } catch (ModelTrainer.NotEnoughEvidence e) {
            note[0] = "the configured starting model: not trained, " + e.getMessage();
            return null;
        }
    }

    private ResolutionEngine resolve(List<Report> order, ResolutionListener<PersonRecord> listener, String task, TrainedModel model) {
        ResolutionEngine engine = new ResolutionEngine(settings);
        if (model != null) {
            engine.use(model);
        }
        UndoLog undo = new UndoLog();
        engine.bind(listener, ResolutionListener.none(), undo);
        try (ProgressBar bar = progress.apply(task, (long) order.size())) {
            for (Report r : order) {
                engine.resolve(r, List.of(), List.of());
                undo.clear(); // nothing is rolled back here: the log would only grow
                bar.step();
            }
        }
        return engine;
    }

    private static Map<MentionKey, String> entities(Resolver<?> resolver) {
        Map<MentionKey, String> out = new HashMap<>();
        for (Mention<?> m : resolver.mentions()) {
            out.put(m.key(), m.entity().id());
        }
        return out;
    }

    /** The figures of one kind of mention. */
    record KindResult(String kind, int labelled, int missing, int truePersons, int entities, PairwiseScore score,
                      LinkErrors errors, List<Example> merges, List<Example> splits) {

        static KindResult of(String kind, Map<MentionKey, String> truth, Map<MentionKey, String> predicted,
                             Examples<?> examples, int n) {
            int missing = (int) truth.keySet().stream().filter(k -> !predicted.containsKey(k)).count();
            LinkErrors errors = LinkErrors.of(truth, predicted);
            return new KindResult(kind, truth.size(), missing, new HashSet<>(truth.values()).size(),
                    new HashSet<>(predicted.values()).size(), PairwiseScore.of(truth, predicted), errors,
                    examples == null ? List.of() : examples.merges(errors.merges(), n),
                    examples == null ? List.of() : examples.splits(errors.splits(), n));
        }

        /** The machine-readable line: {@link PairwiseScore#line} and the errors and counts after it. */
        String line() {
            return score.line(kind) + " false_merges=" + errors.merges().size() + " false_splits=" + errors.splits().size()
                    + " false_merge_pairs=" + errors.mergePairs() + " false_split_pairs=" + errors.splitPairs()
                    + " pred_pairs=" + score.predictedPairs() + " true_pairs=" + score.truePairs() + " missing=" + missing;
        }
    }
}
