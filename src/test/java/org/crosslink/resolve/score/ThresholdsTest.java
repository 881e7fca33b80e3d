package org.crosslink.resolve.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdsTest {
    private final Thresholds thresholds = new Thresholds(0.99, 0.5);

    @ParameterizedTest(name = "p={0}: {1}")
    @CsvSource({"0.999, MATCH", "0.99, MATCH", "0.9899, POSSIBLE", "0.5, POSSIBLE", "0.4999, NO_MATCH", "0.0, NO_MATCH"})
    void aProbabilityFallsInOneBand(double probability, MatchOutcome outcome) {
        assertThat(thresholds.outcome(probability)).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "match {0}, possible {1}")
    @CsvSource({"0.5, 0.99", "1.0, 0.5", "0.99, 0.0"})
    void thresholdsOutOfOrderAreRefused(double match, double possible) {
        assertThatThrownBy(() -> new Thresholds(match, possible)).isInstanceOf(IllegalArgumentException.class);
    }
}
