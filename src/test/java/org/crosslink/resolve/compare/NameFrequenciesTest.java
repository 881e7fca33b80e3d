package org.crosslink.resolve.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class NameFrequenciesTest {
    private final NameFrequencies frequencies = new NameFrequencies(
            Map.of("smith", 0.01, "khan", 0.005, "delacruz", 0.001), Map.of("mohammed", 0.02, "anna", 0.003));

    @Test
    void aNameIsAsCommonAsTheTableSaysWhateverWasAskedBefore() {
        assertThat(frequencies.family("smith")).isEqualTo(0.01);
        assertThat(frequencies.family("khan")).isEqualTo(0.005);
        assertThat(frequencies.family("smith")).isEqualTo(0.01);
        assertThat(frequencies.given("anna")).isEqualTo(0.003);
        assertThat(frequencies.given("mohammed")).isEqualTo(0.02);
        assertThat(frequencies.given("anna")).isEqualTo(0.003);
    }

    @Test
    void anEqualNameThatIsAnotherStringHasTheSameFrequency() {
        String smith = "smith";
        assertThat(frequencies.family(smith)).isEqualTo(0.01);
        assertThat(frequencies.family(new String(smith.toCharArray()))).isEqualTo(0.01);
    }

    @Test
    void aNameTheTableDoesNotKnowOrNoNameIsNotCommon() {
        assertThat(frequencies.family("zorrovic")).isZero();
        assertThat(frequencies.family(null)).isZero();
        assertThat(frequencies.given(null)).isZero();
        assertThat(frequencies.given("smith")).isZero();
    }

    @Test
    void aNameWrittenInPartsIsLookedUpWithoutItsSpaces() {
        assertThat(frequencies.family("de la cruz")).isEqualTo(0.001);
    }
}
