package org.crosslink.resolve.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.crosslink.resolve.compare.Agreement;
import org.crosslink.resolve.compare.Comparison;
import org.junit.jupiter.api.Test;

class ScoreTest {
    private final Thresholds thresholds = new Thresholds(0.99, 0.5);

    @Test
    void theTotalIsThePriorPlusEveryFieldsWeight() {
        Score s = Score.of(-20, List.of(new Comparison("givenName", Agreement.EXACT, 7),
                new Comparison("dateOfBirth", Agreement.EXACT, 14)), thresholds);

        assertThat(s.total()).isEqualTo(1.0);
        assertThat(s.comparisons()).hasSize(2);
    }

    @Test
    void theProbabilityIsTheLogisticOfTheTotalInBits() {
        assertThat(Score.of(0, List.of(), thresholds).probability()).isCloseTo(0.5, within(1e-12));
        assertThat(Score.of(3, List.of(), thresholds).probability()).isCloseTo(8.0 / 9.0, within(1e-12));
        assertThat(Score.of(-3, List.of(), thresholds).probability()).isCloseTo(1.0 / 9.0, within(1e-12));
    }

    @Test
    void theOutcomeFollowsTheThresholds() {
        assertThat(Score.of(7, List.of(), thresholds).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(Score.of(3, List.of(), thresholds).outcome()).isEqualTo(MatchOutcome.POSSIBLE);
        assertThat(Score.of(-1, List.of(), thresholds).outcome()).isEqualTo(MatchOutcome.NO_MATCH);
    }
}
