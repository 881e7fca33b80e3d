package org.crosslink.resolve.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneticsTest {

    @ParameterizedTest(name = "{0} sounds like {1}")
    @CsvSource({"popescu, popesku", "ionescu, ionesku", "smith, smyth", "catherine, kathryn", "stephen, steven",
            "winston hills, winstonhills"})
    void namesThatSoundAlikeHaveTheSameMetaphone(String a, String b) {
        assertThat(Phonetics.metaphone(a)).isNotNull().isEqualTo(Phonetics.metaphone(b));
    }

    @ParameterizedTest(name = "{0} does not sound like {1}")
    @CsvSource({"ionescu, smith", "popescu, kowalski"})
    void namesThatSoundDifferentHaveDifferentMetaphones(String a, String b) {
        assertThat(Phonetics.metaphone(a)).isNotEqualTo(Phonetics.metaphone(b));
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"popescu, popesku", "kowalski, kovalsky", "ionescu, ionesku"})
    void beiderMorseCodesOfSpellingVariantsOverlap(String a, String b) {
        assertThat(Phonetics.beiderMorse(a)).isNotEmpty().containsAnyElementsOf(Phonetics.beiderMorse(b));
    }

    /** Blocking files a name under its first few codes: every run of the JVM must give them in the same order. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"kowalski", "schwarzenegger", "ionescu", "nguyen", "oconnor"})
    void beiderMorseCodesComeInTheEncodersOwnOrder(String name) throws Exception {
        BeiderMorseEncoder encoder = new BeiderMorseEncoder();
        encoder.setNameType(NameType.GENERIC);
        encoder.setRuleType(RuleType.APPROX);
        encoder.setConcat(true);
        encoder.setMaxPhonemes(4);
        List<String> expected = Arrays.stream(encoder.encode(name).split("\\|")).map(String::trim)
                .filter(c -> !c.isEmpty()).distinct().toList();

        assertThat(List.copyOf(Phonetics.beiderMorse(name))).isEqualTo(expected);
    }

    @Test
    void nothingIsEncodedFromNoName() {
        assertThat(Phonetics.metaphone(null)).isNull();
        assertThat(Phonetics.beiderMorse(null)).isEmpty();
    }
}
