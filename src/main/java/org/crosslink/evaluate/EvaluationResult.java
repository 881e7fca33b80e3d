package org.crosslink.evaluate;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.crosslink.resolve.compare.Comparison;
import org.crosslink.resolve.score.MatchOutcome;
import org.crosslink.resolve.score.Score;

/**
 * What an evaluation found, and how it is printed: the input, the run, each kind's figures, the examples with their
 * evidence, the threshold curve as a table, and last the machine-readable lines (LOCATION, when its truth was
 * given, then PERSON).
 */
public record EvaluationResult(int reports, double seconds, long comparisons, List<double[]> agreements,
                               Evaluation.KindResult persons, Evaluation.KindResult locations, List<ThresholdCurve.Point> curve,
                               double threshold, InputProblems problems, MentionText text, Path plot,
                               String model) {
    private static final int SHOWN_PER_SIDE = 5;

    /** The PERSON line, for callers that act on the figures. */
    public String personLine() {
        return persons.line();
    }

    public void print(PrintStream out) {
        out.printf("read %d reports; %d input lines skipped%n", reports, problems.count());
        problems.byReason().forEach((reason, n) -> out.printf("  skipped %d: %s%n", n, reason));
        problems.first().forEach(p -> out.println("    " + p));
        problems.notedByReason().forEach((reason, n) -> out.printf("  kept %d: %s%n", n, reason));
        problems.firstNoted().forEach(p -> out.println("    " + p));
        out.println("model: " + model);
        out.printf("%d reports resolved in %.1f s (%.0f reports/s), %d person pairs scored%n", reports, seconds,
                reports / Math.max(seconds, 1e-9), comparisons);
        for (int i = 0; i < agreements.size(); i++) {
            out.printf("order %d: pairwise agreement persons=%.5f locations=%.5f%n", i + 1, agreements.get(i)[0], agreements.get(i)[1]);
        }
        out.println();
        summary(out, persons);
        if (locations != null) {
            summary(out, locations);
        }
        for (Example e : persons.merges()) {
            example(out, e, persons.errors().merges().size());
        }
        for (Example e : persons.splits()) {
            example(out, e, persons.errors().splits().size());
        }
        curve(out);
        if (plot != null) {
            out.println("precision-recall curve written to " + plot);
        }
        out.println();
        if (locations != null) {
            out.println(locations.line());
        }
        out.println(persons.line());
    }

    private static void summary(PrintStream out, Evaluation.KindResult k) {
        String thing = k.kind().equals("PERSON") ? "person" : "place";
        String things = thing + "s";
        out.printf("%s: %d mentions with a truth, %d true %s, %d entities%n", k.kind(), k.labelled(), k.truePersons(), things,
                k.entities());
        if (k.missing() > 0) {
            out.printf("  %s in no accepted report, each counted as an entity of its own%n", count(k.missing(), "mention", "mentions"));
        }
        out.printf("  false merges: %s holding two or more true %s (%s joined wrongly)%n",
                count(k.errors().merges().size(), "entity", "entities"), things, count(k.errors().mergePairs(), "pair", "pairs"));
        out.printf("  false splits: %s spread over two or more entities (%s missed)%n",
                count(k.errors().splits().size(), "true " + thing, "true " + things), count(k.errors().splitPairs(), "pair", "pairs"));
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private void example(PrintStream out, Example e, int of) {
        boolean merge = e.kind() == Example.Kind.FALSE_MERGE;
        int index = (merge ? persons.merges() : persons.splits()).indexOf(e) + 1;
        out.println();
        out.printf(merge ? "False merge %d of %d: entity %s holds more than one true person (%s joined wrongly)%n"
                : "False split %d of %d: true person %s is spread over more than one entity (%s missed)%n",
                index, of, e.subject(), count(e.pairs(), "pair", "pairs"));
        side(out, merge ? "truth " : "entity ", e.a());
        side(out, merge ? "truth " : "entity ", e.b());
        evidence(out, e);
    }

    private void side(PrintStream out, String label, Example.Side side) {
        out.printf("  %s%s:%n", label, side.label());
        side.mentions().stream().limit(SHOWN_PER_SIDE).forEach(m -> out.println("    " + text.describe(m)));
        if (side.mentions().size() > SHOWN_PER_SIDE) {
            out.printf("    ... and %d more%n", side.mentions().size() - SHOWN_PER_SIDE);
        }
    }

    private static void evidence(PrintStream out, Example e) {
        Score s = e.score();
        String pair = e.from() + " ~ " + e.to();
        if (s == null) {
            out.println("  no evidence: " + pair + " could not be scored");
            return;
        }
        out.printf("  %s: %s%n", e.scored() ? "strongest evidence scored while resolving"
                : "never scored while resolving (blocking did not bring the two sides together); scored now", pair);
        out.printf("    p=%.6f total=%+.2f bits, %s%s%n", s.probability(), s.total(), s.outcome(),
                e.kind() == Example.Kind.FALSE_SPLIT && e.scored() && s.outcome() == MatchOutcome.MATCH
                        ? " (a match, yet the clusterer kept them apart: another mention of one side's report, or a bound)" : "");
        s.comparisons().stream().sorted(Comparator.comparingDouble((Comparison c) -> -Math.abs(c.weight())))
                .forEach(c -> out.printf("      %-22s %-10s %+7.2f%n", c.field(), c.level(), c.weight()));
    }

    private void curve(PrintStream out) {
        out.println();
        out.println("Persons across match thresholds (the pairs scored at or above each, clustered as the engine clusters):");
        out.println("  threshold    precision  recall  f1      pairs");
        for (ThresholdCurve.Point p : curve) {
            out.printf("  %-11s  %.4f     %.4f  %.4f  %d%s%n", trim(p.threshold()), p.precision(), p.recall(), p.f1(), p.predictedPairs(),
                    p.threshold() == threshold ? "  <- configured" : "");
        }
        out.printf("  engine as resolved at %s: precision %.4f recall %.4f%n", trim(threshold), persons.score().precision(),
                persons.score().recall());
    }

    private static String trim(double threshold) {
        return String.format("%.6f", threshold).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
