package org.crosslink.resolve.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JaroWinklerBoundTest {
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    /** Spaces, digits, letters outside a to z and a few letters often shared, so that pairs come close too. */
    private static final String ALPHABET = "aaeeinorstu  bcdhklmpvy09éжq'-";

    @Test
    void theBoundIsNeverBelowJaroWinklerOfTheStringsWithoutSpaces() {
        Random random = new Random(20261129);
        for (int i = 0; i < 300_000; i++) {
            String a = random(random);
            String b = random.nextInt(3) == 0 ? mutate(a, random) : random(random);
            double jw = JW.apply(a.replace(" ", ""), b.replace(" ", ""));
            assertThat(JaroWinklerBound.bound(a, b)).as("%s / %s", a, b).isGreaterThanOrEqualTo(jw);
        }
    }

    @Test
    void aPairThoughtBelowAThresholdIsBelowItWhateverTheThreshold() {
        Random random = new Random(7);
        double[] thresholds = {0.5, 0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.94, 0.97};
        for (int i = 0; i < 100_000; i++) {
            String a = random(random);
            String b = mutate(random.nextBoolean() ? a : random(random), random);
            double jw = JW.apply(a.replace(" ", ""), b.replace(" ", ""));
            for (double t : thresholds) {
                if (JaroWinklerBound.below(a, b, t)) {
                    assertThat(jw).as("%s / %s at %s", a, b, t).isLessThan(t);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"smith, jones", "ionescu, popescu", "high street, mill lane", "manchester, birmingham", "anna, maria"})
    void namesThatShareFewLettersAreToldApartWithoutJaroWinkler(String a, String b) {
        assertThat(JaroWinklerBound.below(a, b, 0.88)).isTrue();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"ionescu, ionesku", "ana, anna", "andrei, andrej", "winston hills, winstonhills", "kowalski, kowalsky"})
    void namesThatMayComeCloseAreLeftToJaroWinkler(String a, String b) {
        assertThat(JaroWinklerBound.below(a, b, 0.88)).isFalse();
    }

    @Test
    void stringsWithNoLetterInCommonAreBoundedAtZero() {
        assertThat(JaroWinklerBound.bound("abc", "xyz")).isZero();
    }

    private static String random(Random random) {
        return RandomStrings.of(random, ALPHABET, 1, 12);
    }

    /** One or two slips, spaces among them. */
    private static String mutate(String s, Random random) {
        return RandomStrings.mutate(s, random, 1 + random.nextInt(2), ALPHABET, true);
    }
}
