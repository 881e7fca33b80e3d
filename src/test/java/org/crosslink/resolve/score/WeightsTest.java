package org.crosslink.resolve.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.crosslink.resolve.compare.Agreement;
import org.crosslink.resolve.compare.Comparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

class WeightsTest {

    private static Weights read(String yaml) {
        return Weights.from(new YAMLMapper().readTree(yaml));
    }

    @Test
    void aLevelWeighsLog2OfMOverUBits() {
        Weights w = read("{prior: 0.5, comparisons: {givenName: {EXACT: {m: 0.8, u: 0.1}, DIFFERENT: {m: 0.1, u: 0.8}}}}");

        assertThat(w.weight("givenName", Agreement.EXACT)).isCloseTo(3.0, within(1e-12));
        assertThat(w.weight("givenName", Agreement.DIFFERENT)).isCloseTo(-3.0, within(1e-12));
        assertThat(w.u("givenName", Agreement.EXACT)).isEqualTo(0.1);
    }

    @Test
    void aFieldOrLevelTheConfigurationDoesNotNameWeighsNothing() {
        Weights w = read("{prior: 0.5, comparisons: {givenName: {EXACT: {m: 0.8, u: 0.1}}}}");

        assertThat(w.weight("givenName", Agreement.NEAR)).isZero();
        assertThat(w.weight("familyName", Agreement.EXACT)).isZero();
        assertThat(w.weight("givenName", null)).isZero();
        assertThat(w.u("familyName", Agreement.EXACT)).isZero();
    }

    @Test
    void aFieldHeldByAComparatorWeighsEveryLevelAsTheTableDoes() {
        Weights w = read("{prior: 0.5, comparisons: {givenName: {EXACT: {m: 0.8, u: 0.1}, NEAR: {m: 0.1, u: 0.02}}}}");
        FieldWeights given = w.field("givenName");
        FieldWeights unknown = w.field("familyName");

        for (Agreement level : Agreement.values()) {
            assertThat(given.weight(level)).as("%s", level).isEqualTo(w.weight("givenName", level));
            assertThat(given.u(level)).as("%s", level).isEqualTo(w.u("givenName", level));
            assertThat(unknown.weight(level)).isZero();
        }
        assertThat(given.weight(null)).isZero();
        assertThat(given.at(Agreement.EXACT)).isEqualTo(
                new Comparison("givenName", Agreement.EXACT, w.weight("givenName", Agreement.EXACT)));
    }

    private static final Map<String, Set<Agreement>> SCHEMA = Map.of(
            "givenName", EnumSet.of(Agreement.EXACT, Agreement.DIFFERENT),
            "familyName", EnumSet.of(Agreement.EXACT, Agreement.DIFFERENT));

    private static Weights checked(String yaml) {
        return Weights.from(new YAMLMapper().readTree(yaml), SCHEMA);
    }

    @Test
    void aMisspeltFieldIsRefusedWithTheNearestValidName() {
        assertThatThrownBy(() -> checked("{prior: 0.5, comparisons: {givenNmae: {EXACT: {m: 0.8, u: 0.1}, DIFFERENT: {m: 0.2, u: 0.9}},"
                + " familyName: {EXACT: {m: 0.8, u: 0.1}, DIFFERENT: {m: 0.2, u: 0.9}}}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comparisons.givenNmae is not a field").hasMessageContaining("did you mean givenName?");
    }

    @Test
    void aMisspeltLevelIsRefusedWithTheNearestValidLevel() {
        assertThatThrownBy(() -> checked("{prior: 0.5, comparisons: {givenName: {EXCAT: {m: 0.8, u: 0.1}, DIFFERENT: {m: 0.2, u: 0.9}},"
                + " familyName: {EXACT: {m: 0.8, u: 0.1}, DIFFERENT: {m: 0.2, u: 0.9}}}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comparisons.givenName.EXCAT is not a level").hasMessageContaining("did you mean EXACT?");
    }

    @Test
    void aLevelTheComparatorGivesButTheModelLacksIsRefused() {
        assertThatThrownBy(() -> checked("{prior: 0.5, comparisons: {givenName: {EXACT: {m: 0.8, u: 0.1}},"
                + " familyName: {EXACT: {m: 0.8, u: 0.1}, DIFFERENT: {m: 0.2, u: 0.9}}}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comparisons.givenName.DIFFERENT is missing");
    }

    @Test
    void thePriorWeighsItsLog2Odds() {
        assertThat(read("{prior: 0.5, comparisons: {}}").priorWeight()).isCloseTo(0.0, within(1e-12));
        assertThat(read("{prior: 0.2, comparisons: {}}").priorWeight()).isCloseTo(-2.0, within(1e-12));
    }

    @ParameterizedTest(name = "prior {0}")
    @ValueSource(doubles = {0.0, 1.0, -0.1, 1.5})
    void aPriorOutsideZeroToOneIsRefused(double prior) {
        assertThatThrownBy(() -> read("{prior: " + prior + ", comparisons: {}}")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{m: 0, u: 0.1}", "{m: 0.5, u: 0}", "{m: 1.2, u: 0.1}", "{m: 0.5, u: 1.1}", "{m: 0.5}"})
    void probabilitiesOutsideZeroToOneAreRefused(String level) {
        assertThatThrownBy(() -> read("{prior: 0.5, comparisons: {givenName: {EXACT: " + level + "}}}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownLevelNameIsRefused() {
        assertThatThrownBy(() -> read("{prior: 0.5, comparisons: {givenName: {SIMILAR: {m: 0.5, u: 0.1}}}}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
