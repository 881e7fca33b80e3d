package org.crosslink.resolve.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.crosslink.resolve.compare.Agreement;
import org.crosslink.store.Json;
import org.junit.jupiter.api.Test;

/** EM finds the m and u probabilities that generated a set of unlabelled pairs. */
class EmEstimatorTest {
    private static final Agreement[] NAME = {Agreement.EXACT, Agreement.NEAR, Agreement.DIFFERENT};
    private static final double[] NAME_M = {0.80, 0.15, 0.05};
    private static final double[] NAME_U = {0.05, 0.10, 0.85};
    private static final Agreement[] DATE = {Agreement.EXACT, Agreement.CLOSE, Agreement.DIFFERENT};
    private static final double[] DATE_M = {0.70, 0.20, 0.10};
    private static final double[] DATE_U = {0.01, 0.09, 0.90};
    private static final Agreement[] TOWN = {Agreement.EXACT, Agreement.DIFFERENT};
    private static final double[] TOWN_M = {0.90, 0.10};
    private static final double[] TOWN_U = {0.20, 0.80};

    /** A rough starting point, as a configuration set by reasoning would be. */
    private static final Weights START = Weights.from(Json.MAPPER.readTree("""
            {"prior": 0.01, "comparisons": {
              "name": {"EXACT": {"m": 0.6, "u": 0.1}, "NEAR": {"m": 0.2, "u": 0.2}, "DIFFERENT": {"m": 0.2, "u": 0.7}},
              "date": {"EXACT": {"m": 0.6, "u": 0.05}, "CLOSE": {"m": 0.2, "u": 0.15}, "DIFFERENT": {"m": 0.2, "u": 0.8}},
              "town": {"EXACT": {"m": 0.7, "u": 0.3}, "DIFFERENT": {"m": 0.3, "u": 0.7}}}}
            """));

    @Test
    void recoversTheShareOfMatchesAndEachLevelsProbabilities() {
        EmEstimator.Estimate e = EmEstimator.estimate(pairs(40_000, 0.3, 0.0, new Random(7)), START, 500, 1e-7);

        assertThat(e.converged()).isTrue();
        assertThat(e.matchShare()).isCloseTo(0.3, within(0.01));
        assertClose(e, "name", NAME, NAME_M, NAME_U);
        assertClose(e, "date", DATE, DATE_M, DATE_U);
        assertClose(e, "town", TOWN, TOWN_M, TOWN_U);
    }

    @Test
    void aFieldMissingFromAPairSaysNothingAboutIt() {
        EmEstimator.Estimate e = EmEstimator.estimate(pairs(40_000, 0.3, 0.5, new Random(11)), START, 500, 1e-7);

        assertThat(e.matchShare()).isCloseTo(0.3, within(0.01));
        assertClose(e, "town", TOWN, TOWN_M, TOWN_U);
        assertClose(e, "date", DATE, DATE_M, DATE_U);
    }

    @Test
    void givenTheUOfRandomPairsItRecoversTheShareAndEveryM() {
        Map<String, EnumMap<Agreement, Double>> u = Map.of("name", levels(NAME, NAME_U), "date", levels(DATE, DATE_U),
                "town", levels(TOWN, TOWN_U));

        EmEstimator.Estimate e = EmEstimator.estimateM(pairs(40_000, 0.3, 0.2, new Random(13)), START, u, 40_000, 500, 1e-7);

        assertThat(e.converged()).isTrue();
        assertThat(e.matchShare()).isCloseTo(0.3, within(0.01));
        assertClose(e, "name", NAME, NAME_M, NAME_U);
        assertClose(e, "date", DATE, DATE_M, DATE_U);
        assertClose(e, "town", TOWN, TOWN_M, TOWN_U);
    }

    @Test
    void amongBlockedPairsItCountsTheMatchesThereAreAndNotEveryPairThatAgreesOnWhatBlockedIt() {
        Map<String, EnumMap<Agreement, Double>> u = Map.of("name", levels(NAME, NAME_U), "date", levels(DATE, DATE_U),
                "town", levels(TOWN, TOWN_U));
        List<Map<String, Agreement>> all = pairs(1_000_000, 0.004, 0.0, new Random(17));
        List<Map<String, Agreement>> blocked = new ArrayList<>();
        for (Map<String, Agreement> pair : all) {
            if (pair.get("name") == Agreement.EXACT && pair.get("date") != Agreement.DIFFERENT) { // a name-and-date key
                blocked.add(pair);
            }
        }
        double matchesBlocked = 1_000_000 * 0.004 * NAME_M[0] * (DATE_M[0] + DATE_M[1]);

        EmEstimator.Estimate amongAll = EmEstimator.estimateM(blocked, START, u, all.size(), 500, 1e-7);
        EmEstimator.Estimate amongBlocked = EmEstimator.estimateM(blocked, START, u, blocked.size(), 500, 1e-7);

        assertThat(sum(amongAll.matchProbabilities())).isCloseTo(matchesBlocked, within(matchesBlocked * 0.05));
        assertThat(sum(amongBlocked.matchProbabilities())).as("the share run away among the blocked pairs alone")
                .isGreaterThan(matchesBlocked * 1.3);
    }

    @Test
    void pairsChosenFromFewerPairsThanGivenAreAnError() {
        assertThatThrownBy(() -> EmEstimator.estimateM(pairs(10, 0.3, 0.0, new Random(1)), START, Map.of(), 9, 10, 1e-6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chosen from");
    }

    private static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s;
    }

    private static EnumMap<Agreement, Double> levels(Agreement[] levels, double[] p) {
        EnumMap<Agreement, Double> out = new EnumMap<>(Agreement.class);
        for (int i = 0; i < levels.length; i++) {
            out.put(levels[i], p[i]);
        }
        return out;
    }

    @Test
    void noPairsIsAnError() {
        assertThatThrownBy(() -> EmEstimator.estimate(List.of(), START, 10, 1e-6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no compared pairs");
    }

    private static void assertClose(EmEstimator.Estimate e, String field, Agreement[] levels, double[] m, double[] u) {
        for (int i = 0; i < levels.length; i++) {
            assertThat(e.m().get(field).get(levels[i])).as(field + " m " + levels[i]).isCloseTo(m[i], within(0.02));
            assertThat(e.u().get(field).get(levels[i])).as(field + " u " + levels[i]).isCloseTo(u[i], within(0.02));
        }
    }

    /** Pairs drawn from the mixture; the town is left out of a share of them, as a report without an address. */
    private static List<Map<String, Agreement>> pairs(int n, double share, double townMissing, Random rng) {
        List<Map<String, Agreement>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean match = rng.nextDouble() < share;
            Map<String, Agreement> pair = new LinkedHashMap<>();
            pair.put("name", draw(rng, NAME, match ? NAME_M : NAME_U));
            pair.put("date", draw(rng, DATE, match ? DATE_M : DATE_U));
            if (rng.nextDouble() >= townMissing) {
                pair.put("town", draw(rng, TOWN, match ? TOWN_M : TOWN_U));
            }
            out.add(pair);
        }
        return out;
    }

    private static Agreement draw(Random rng, Agreement[] levels, double[] p) {
        double x = rng.nextDouble();
        for (int i = 0; i < levels.length; i++) {
            x -= p[i];
            if (x < 0) {
                return levels[i];
            }
        }
        return levels[levels.length - 1];
    }
}
