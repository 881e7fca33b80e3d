package org.crosslink.resolve.score;

import java.util.List;

import org.crosslink.resolve.compare.Comparison;

/** The evidence of one comparison of two mentions: every field comparison, the total weight, the posterior, the outcome. */
public record Score(List<Comparison> comparisons, double total, double probability, MatchOutcome outcome) {
    public Score {
        comparisons = List.copyOf(comparisons);
    }

    /** Builds the score from the prior and the comparisons. */
    public static Score of(double priorWeight, List<Comparison> comparisons, Thresholds thresholds) {
        double total = priorWeight;
        for (Comparison c : comparisons) {
            total += c.weight();
        }
        double probability = 1 / (1 + Math.pow(2, -total));
        return new Score(comparisons, total, probability, thresholds.outcome(probability));
    }
}
