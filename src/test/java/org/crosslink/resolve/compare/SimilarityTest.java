package org.crosslink.resolve.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.crosslink.resolve.normalise.Phonetics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarityTest {
    /** The levels of config/application.properties. */
    private final Similarity similarity = new Similarity(0.94, 0.88);

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ionescu        | ionescu       | EXACT
            winston hills  | winstonhills  | EXACT
            ionescu        | ionesku       | NEAR
            popescu        | popesku       | NEAR
            kowalski       | kowalsky      | NEAR
            ana            | anna          | NEAR
            john           | jon           | NEAR
            stephen        | steven        | NEAR
            andrei         | andrej        | CLOSE
            catherine      | kathryn       | WEAK
            mohammed       | muhammad      | WEAK
            ionescu        | smith         | DIFFERENT
            anna           | maria         | DIFFERENT
            """)
    void twoNamesAgreeAtALevelWhicheverComesFirst(String a, String b, Agreement level) {
        assertThat(similarity.text(a, b)).isEqualTo(level);
        assertThat(similarity.text(b, a)).isEqualTo(level);
    }

    /** Records carry their names' sounds, so that a comparison does not look them up for every candidate. */
    @Test
    void theSoundsACallerHoldsAreTheOnesCompared() {
        assertThat(similarity.text("catherine", "K0RN", "kathryn", "K0RN")).isEqualTo(Agreement.WEAK);
        assertThat(similarity.text("catherine", "K0RN", "kathryn", "XXXX")).isEqualTo(Agreement.DIFFERENT);
        assertThat(similarity.text("catherine", null, "kathryn", null)).isEqualTo(Agreement.WEAK);
    }

    @Test
    void aMissingNameGivesNoLevel() {
        assertThat(similarity.text(null, "ionescu")).isNull();
        assertThat(similarity.text("ionescu", null)).isNull();
        assertThat(similarity.text(null, null)).isNull();
    }

    @Test
    void textComparisonIsSymmetricForAnyPairOfNames() {
        Random random = new Random(20260301);
        for (int i = 0; i < 20_000; i++) {
            String a = randomName(random);
            String b = random.nextBoolean() ? randomName(random) : mutate(a, random);
            assertThat(similarity.text(a, b)).as("%s / %s", a, b).isEqualTo(similarity.text(b, a));
        }
    }

    /** The levels as they were computed before the bound: Jaro-Winkler for every pair that differs. */
    @Test
    void textGivesTheLevelsOfJaroWinklerComputedForEveryPair() {
        Random random = new Random(20261129);
        for (int i = 0; i < 100_000; i++) {
            String a = random.nextInt(4) == 0 ? randomName(random) + " " + randomName(random) : randomName(random);
            String b = random.nextBoolean() ? randomName(random) : mutate(a, random);
            assertThat(similarity.text(a, b)).as("%s / %s", a, b).isEqualTo(withJaroWinklerAlways(a, b));
        }
    }

    @Test
    void exactAgreementIgnoresSpacesWithoutCopyingTheStrings() {
        assertThat(Similarity.exact("winston hills", "winstonhills")).isTrue();
        assertThat(Similarity.exact(" de la  cruz ", "delacruz")).isTrue();
        assertThat(Similarity.exact("winston hills", "winston hill")).isFalse();
        assertThat(Similarity.exact("winston hill", "winston hills")).isFalse();
        assertThat(Similarity.exact("ab", "ba")).isFalse();
    }

    private static Agreement withJaroWinklerAlways(String a, String b) {
        String ca = a.replace(" ", "");
        String cb = b.replace(" ", "");
        if (ca.equals(cb)) {
            return Agreement.EXACT;
        }
        double jw = new JaroWinklerSimilarity().apply(ca, cb);
        String pa = Phonetics.metaphone(a);
        boolean soundAlike = pa != null && pa.equals(Phonetics.metaphone(b));
        if (jw >= 0.94) {
            return Agreement.NEAR;
        }
        if (jw >= 0.88) {
            return soundAlike ? Agreement.NEAR : Agreement.CLOSE;
        }
        return soundAlike ? Agreement.WEAK : Agreement.DIFFERENT;
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AB123456C   | AB123456C   | EXACT
            AB123456C   | AB123457C   | NEAR
            AB123456C   | AB12345C    | NEAR
            AB123456C   | AB1234567C  | NEAR
            AB123456C   | AB123465C   | NEAR
            AB123456C   | BA123456C   | NEAR
            AB123456C   | AB654321C   | DIFFERENT
            AB123456C   | AB124356D   | DIFFERENT
            AB123456C   | AB623451C   | DIFFERENT
            12          | 14          | DIFFERENT
            12          | 21          | DIFFERENT
            12          | 34          | DIFFERENT
            5           | 7           | DIFFERENT
            123         | 124         | NEAR
            123         | 213         | NEAR
            """)
    void twoCodesAgreeExactlyOrBarOneSlip(String a, String b, Agreement level) {
        assertThat(Similarity.code(a, b)).isEqualTo(level);
        assertThat(Similarity.code(b, a)).isEqualTo(level);
    }

    /** The slips as the library's one-edit distance and a check for one swap of neighbours tell them. */
    @Test
    void aSlipIsOneEditOrOneSwapOfNeighboursForAnyPairOfCodes() {
        LevenshteinDistance oneEdit = new LevenshteinDistance(1);
        Random random = new Random(20261129);
        for (int i = 0; i < 100_000; i++) {
            String a = randomCode(random);
            String b = random.nextBoolean() ? randomCode(random) : mutate(a, random);
            boolean swap = a.length() == b.length() && a.length() >= 2 && swappedNeighbours(a, b);
            assertThat(Similarity.oneSlip(a, b)).as("%s / %s", a, b).isEqualTo(oneEdit.apply(a, b) == 1 || swap);
        }
    }

    @Test
    void aMissingCodeGivesNoLevel() {
        assertThat(Similarity.code(null, "AB123456C")).isNull();
        assertThat(Similarity.code("AB123456C", null)).isNull();
    }

    @Test
    void levelsRankFromBestToWorstWithMissingLast() {
        assertThat(Similarity.rank(Agreement.EXACT)).isLessThan(Similarity.rank(Agreement.NEAR));
        assertThat(Similarity.rank(Agreement.NEAR)).isLessThan(Similarity.rank(Agreement.CLOSE));
        assertThat(Similarity.rank(Agreement.CLOSE)).isLessThan(Similarity.rank(Agreement.WEAK));
        assertThat(Similarity.rank(Agreement.WEAK)).isLessThan(Similarity.rank(Agreement.DIFFERENT));
        assertThat(Similarity.rank(Agreement.DIFFERENT)).isLessThan(Similarity.rank(null));
    }

    @ParameterizedTest(name = "near {0}, close {1}")
    @CsvSource({"0.88, 0.94", "1.0, 0.9", "0.9, 0.0", "0.9, -0.1"})
    void thresholdsOutOfOrderAreRefused(double near, double close) {
        assertThatThrownBy(() -> new Similarity(near, close)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String randomCode(Random random) {
        return RandomStrings.of(random, "0123AB", 1, 6);
    }

    private static boolean swappedNeighbours(String a, String b) {
        for (int i = 0; i + 1 < a.length(); i++) {
            char[] c = a.toCharArray();
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
            if (!a.equals(b) && new String(c).equals(b)) {
                return true;
            }
        }
        return false;
    }

    private static String randomName(Random random) {
        return RandomStrings.of(random, "aeioubcdklmnprstvy", 2, 9);
    }

    /** One slip, a letter from a to z. */
    private static String mutate(String s, Random random) {
        return RandomStrings.mutate(s, random, 1, "abcdefghijklmnopqrstuvwxyz", false);
    }
}
