package org.crosslink.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.crosslink.model.Grading;
import org.crosslink.model.Handling;
import org.crosslink.model.InvestigationStatus;
import org.crosslink.model.MentionKey;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.resolve.score.MatchOutcome;
import org.crosslink.resolve.score.Score;
import org.junit.jupiter.api.Test;

/** The precision–recall curve: scored pairs at or above each threshold, clustered as the engine clusters. */
class ThresholdCurveTest {
    private static final MentionKey R1_P1 = new MentionKey("MET", "R1", "P1");
    private static final MentionKey R1_P2 = new MentionKey("MET", "R1", "P2");
    private static final MentionKey R2_P1 = new MentionKey("GMP", "R2", "P1");
    private static final MentionKey R3_P1 = new MentionKey("KENT", "R3", "P1");
    private static final MentionKey R4_P1 = new MentionKey("TVP", "R4", "P1");

    private static Report report(String source, String id, String... refs) {
        return new Report(1, id, source, 1, Instant.parse("2026-01-01T00:00:00Z"), InvestigationStatus.OPEN, new Grading("2", "B", Handling.P),
                null, List.of(), null, Arrays.stream(refs).map(r -> new Person(r, null, "x", "y", null, null, null, null, null, null))
                .toList(), List.of(), List.of());
    }

    private static Score score(double p) {
        return new Score(List.of(), Math.log(p / (1 - p)) / Math.log(2), p, p >= 0.99 ? MatchOutcome.MATCH : MatchOutcome.POSSIBLE, null, null);
    }

    /** R1 names two persons (A and B); R2 is A again, R3 is B again, R4 someone else (C). */
    private final MentionIndex index = MentionIndex.persons(
            List.of(report("MET", "R1", "P1", "P2"), report("GMP", "R2", "P1"), report("KENT", "R3", "P1"), report("TVP", "R4", "P1")),
            Map.of(R1_P1, "A", R1_P2, "B", R2_P1, "A", R3_P1, "B", R4_P1, "C"));

    private ScoredPairs<Object> pairs(Object... keyKeyP) {
        ScoredPairs<Object> pairs = new ScoredPairs<>(index, ThresholdCurve.LOWEST);
        for (int i = 0; i < keyKeyP.length; i += 3) {
            pairs.record(index.number((MentionKey) keyKeyP[i]), index.number((MentionKey) keyKeyP[i + 1]), score((Double) keyKeyP[i + 2]));
        }
        return pairs;
    }

    @Test
    void twoMentionsOfOneReportAreNeverJoinedEvenThroughAThirdMention() {
        // R2 is scored strongest with R1#P1, then with R1#P2: joining the second would put R1's two persons together
        ScoredPairs<Object> pairs = pairs(R1_P1, R2_P1, 0.9999, R1_P2, R2_P1, 0.999);

        ThresholdCurve.Point p = ThresholdCurve.of(index, pairs, new double[] {0.99}).get(0);

        assertThat(p.predictedPairs()).isEqualTo(1);
        assertThat(p.precision()).isEqualTo(1.0);
        assertThat(p.recall()).isEqualTo(0.5);
    }

    @Test
    void eachThresholdCountsOnlyThePairsScoredAtOrAboveIt() {
        ScoredPairs<Object> pairs = pairs(R1_P1, R2_P1, 0.9999, R1_P2, R3_P1, 0.95, R3_P1, R4_P1, 0.7, R2_P1, R3_P1, 0.6);

        List<ThresholdCurve.Point> curve = ThresholdCurve.of(index, pairs, new double[] {0.5, 0.9, 0.99, 0.99999});

        // at 0.5, R4 joins B's cluster (two wrong pairs); R2–R3 would put R1's two persons together and is refused
        assertThat(curve).extracting(ThresholdCurve.Point::predictedPairs).containsExactly(4L, 2L, 1L, 0L);
        assertThat(curve).extracting(ThresholdCurve.Point::correctPairs).containsExactly(2L, 2L, 1L, 0L);
        assertThat(curve.get(0).precision()).isEqualTo(0.5);
        assertThat(curve.get(0).recall()).isEqualTo(1.0);
        assertThat(curve.get(3).precision()).as("no pair predicted: nothing wrong").isEqualTo(1.0);
    }

    @Test
    void theGridRunsFromOneHalfToSixNinesEvenlyInLogOddsWithTheConfiguredThreshold() {
        double[] grid = ThresholdCurve.grid(0.99);

        assertThat(grid).hasSize(22).startsWith(0.5).endsWith(0.999999).contains(0.99);
        double step = logOdds(grid[1]) - logOdds(grid[0]);
        assertThat(logOdds(grid[2]) - logOdds(grid[1])).isCloseTo(step, within(1e-9));
    }

    private static double logOdds(double p) {
        return Math.log(p / (1 - p));
    }
}
