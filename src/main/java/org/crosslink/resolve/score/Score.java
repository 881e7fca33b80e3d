package org.crosslink.resolve.score;

import java.util.List;

import org.crosslink.resolve.compare.Comparison;

/**
 * The evidence of one comparison of two mentions: every field comparison, the total weight, the posterior, the
 * outcome, what holds the two apart when something does (then the outcome is no match, whatever the total), and
 * why a pair is a question for a person whatever its probability, when a rule says so (then it is a possible match).
 */
public record Score(List<Comparison> comparisons, double total, double probability, MatchOutcome outcome, String heldApart,
                    String question) {
    public Score {
        comparisons = List.copyOf(comparisons);
        if (heldApart != null && outcome != MatchOutcome.NO_MATCH) {
            throw new IllegalArgumentException("a pair held apart is no match");
        }
        if (question != null && outcome != MatchOutcome.POSSIBLE) {
            throw new IllegalArgumentException("a pair kept as a question is a possible match");
        }
    }

    /** The same evidence kept as a possible match, for a person to review whatever its probability, and why. */
    public Score forReview(String why) {
        return new Score(comparisons, total, probability, MatchOutcome.POSSIBLE, null, why);
    }

    /** The same evidence kept as no link, whatever its probability: a possible match on a name alone. */
    public Score notForReview() {
        return new Score(comparisons, total, probability, MatchOutcome.NO_MATCH, null, null);
    }

    /** Builds the score from the prior and the comparisons. */
    public static Score of(double priorWeight, List<Comparison> comparisons, Thresholds thresholds) {
        return of(priorWeight, comparisons, null, thresholds);
    }

    /** Builds the score from the prior and the comparisons; a pair held apart is no match. */
    public static Score of(double priorWeight, List<Comparison> comparisons, String heldApart, Thresholds thresholds) {
        double total = priorWeight;
        for (Comparison c : comparisons) {
            total += c.weight();
        }
        double probability = 1 / (1 + Math.pow(2, -total));
        MatchOutcome outcome = heldApart != null ? MatchOutcome.NO_MATCH : thresholds.outcome(probability);
        return new Score(comparisons, total, probability, outcome, heldApart, null);
    }
}
