package org.crosslink.resolve.normalise;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void nothingIsEncodedFromNoName() {
        assertThat(Phonetics.metaphone(null)).isNull();
        assertThat(Phonetics.beiderMorse(null)).isEmpty();
    }
}
