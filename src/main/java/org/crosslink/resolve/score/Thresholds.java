package org.crosslink.resolve.score;

/**
 * The match threshold and the lower bound of the "possible match" band, as posterior probabilities,
 * from {@code config/application.properties}.
 */
public record Thresholds(double match, double possible) {
    public Thresholds {
        if (!(0 < possible && possible <= match && match < 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < possible <= match < 1");
        }
    }

    public MatchOutcome outcome(double probability) {
        if (probability >= match) {
            return MatchOutcome.MATCH;
        }
        return probability >= possible ? MatchOutcome.POSSIBLE : MatchOutcome.NO_MATCH;
    }
}
