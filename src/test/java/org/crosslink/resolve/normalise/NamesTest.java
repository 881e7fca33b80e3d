package org.crosslink.resolve.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    @ParameterizedTest(name = "{0} -> ionescu")
    @ValueSource(strings = {"Ionescu", "IONESCU", "ionescu", "  Ionescu  ", "IoNeScU"})
    void aNameIsTheSameWhateverItsCaseAndSurroundingSpace(String raw) {
        assertThat(Names.normalise(raw)).isEqualTo("ionescu");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Santos Jr.       | santos junior
            SANTOS JNR       | santos junior
            Kyle Snr         | kyle senior
            Jrzy             | jrzy
            Sravan           | sravan
            """)
    void aGenerationalSuffixIsWrittenOneWay(String raw, String normalised) {
        assertThat(Names.normalise(raw)).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "Ионеску is close to {0}")
    @ValueSource(strings = {"ionescu", "ionesku"})
    void aCyrillicNameIsTransliteratedCloseToItsLatinSpellings(String latin) {
        String transliterated = Names.normalise("Ионеску");

        assertThat(transliterated).matches("[a-z]+");
        assertThat(JW.apply(transliterated, latin)).isGreaterThanOrEqualTo(0.94);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Łukasz Żółć        | lukasz zolc
            José Müller        | jose muller
            Ștefan Dumitrescu  | stefan dumitrescu
            François Lefèvre   | francois lefevre
            Søren Ærø          | soren aero
            Андрей Ионеску     | andrey ionesku
            Αλέξανδρος         | alexandros
            """)
    void diacriticsAndOtherScriptsBecomeLowerCaseAscii(String raw, String expected) {
        assertThat(Names.normalise(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Юлия Шевченко      | yuliya shevchenko
            Наталья Щербакова  | natalya shcherbakova
            Жанна Цой          | zhanna tsoy
            Евгений Хаджиев    | yevgeniy khadzhiyev
            Сергій Коваленко   | serhiy kovalenko
            Ірина Ткачук       | iryna tkachuk
            Драган Јовановић   | dragan jovanovic
            """)
    void russianAndUkrainianAreRomanisedAsBritishRecordsWriteThem(String raw, String expected) {
        assertThat(Names.normalise(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> obrien")
    @ValueSource(strings = {"O'Brien", "O’Brien", "O`Brien", "OBrien", "o'brien"})
    void anApostropheInsideANameIsDropped(String raw) {
        assertThat(Names.normalise(raw)).isEqualTo("obrien");
    }

    @ParameterizedTest(name = "{0} -> ulugbek")
    @ValueSource(strings = {"Ulugʻbek", "Ulugʼbek", "Ulug'bek", "Ulugbek"})
    void uzbekLatinsTurnedCommaIsDroppedAsAnApostropheIs(String raw) {
        assertThat(Names.normalise(raw)).isEqualTo("ulugbek");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mary-Jane  Smith     | mary jane smith
            Smith, John          | smith john
            ' Anna   Popesku.'   | anna popesku
            Winston Hills 2153   | winston hills 2153
            """)
    void punctuationAndRunsOfSpaceBecomeOneSpace(String raw, String expected) {
        assertThat(Names.normalise(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> null")
    @NullSource
    @ValueSource(strings = {"", "   ", "\t", "'", "--", " - ' . "})
    void aBlankNameOrOneWithoutLettersIsNull(String raw) {
        assertThat(Names.normalise(raw)).isNull();
    }

    @Test
    void normalisingTwiceGivesTheSameName() {
        String once = Names.normalise("Łukasz O'Brien-Żółć");

        assertThat(Names.normalise(once)).isEqualTo(once);
    }

    @Test
    void aCompactNameHasNoSpaces() {
        assertThat(Names.compact("winston hills")).isEqualTo("winstonhills");
        assertThat(Names.compact(null)).isNull();
    }

    @Test
    void theCompactFormIsMeasuredWithoutBeingMade() {
        assertThat(Names.compactLength(" de la  cruz ")).isEqualTo("delacruz".length());
        assertThat(Names.compactLength("")).isZero();
        assertThat(Names.compactCommonPrefix("winston hills", "winstonhill road")).isEqualTo("winstonhill".length());
        assertThat(Names.compactCommonPrefix("de la cruz", "delacroix")).isEqualTo("delacr".length());
        assertThat(Names.compactCommonPrefix("smith", "jones")).isZero();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"Kostov,Kostova", "Kowalski,Kowalska", "Nowicki,Nowicka", "Novotný,Novotná", "Novák,Nováková",
            "Procházka,Procházková", "Hájek,Hájková", "Papadopoulos,Papadopoulou", "Kazlauskas,Kazlauskienė",
            "Kazlauskas,Kazlauskaitė", "Kostova,Kostov", "Gaži,Gažiová"})
    void theMasculineAndFeminineFormsOfAFamilyNameAreKnown(String a, String b) {
        assertThat(Names.genderedForms(Names.normalise(a), Names.normalise(b))).isTrue();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"Kostov,Kostov", "Smith,Smyth", "Martins,Martin", "Ross,Rosa", "Ov,Ova", "Kostov,Petrova", "Jones,"})
    void otherFamilyNamesAreNotGenderedForms(String a, String b) {
        assertThat(Names.genderedForms(Names.normalise(a), Names.normalise(b))).isFalse();
    }
}
