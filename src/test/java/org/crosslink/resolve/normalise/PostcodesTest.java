package org.crosslink.resolve.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodesTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            b219sn       | B21 9SN
            B21 9SN      | B21 9SN
            'B21  9sn'   | B21 9SN
            ' b21 9sn '  | B21 9SN
            B21-9SN      | B21 9SN
            sw1a1aa      | SW1A 1AA
            EC1A 1BB     | EC1A 1BB
            m11ae        | M1 1AE
            dn551pt      | DN55 1PT
            lu1 3xy      | LU1 3XY
            gir0aa       | GIR 0AA
            """)
    void aUkPostcodeIsNormalisedWhateverItsSpacingAndCase(String raw, String expected) {
        assertThat(Postcodes.normalise(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2612           | 2612
            ' 75008 '      | 75008
            1012 ab        | 1012 AB
            'd02  x285'    | D02 X285
            nw10           | NW10
            """)
    void aPostcodeThatIsNotUkIsKeptTrimmedAndUpperCased(String raw, String expected) {
        assertThat(Postcodes.normalise(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> null")
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aBlankPostcodeIsNull(String raw) {
        assertThat(Postcodes.normalise(raw)).isNull();
    }

    @ParameterizedTest(name = "[{0}] is UK: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            b219sn     | true
            'B21  9sn' | true
            SW1A 1AA   | true
            W1A 0AX    | true
            CR2 6XH    | true
            2612       | false
            75008      | false
            NW10       | false
            B21 9SC    | false
            QA1 1AA    | false
            ''         | false
            """)
    void aUkPostcodeIsRecognisedHoweverItIsWritten(String raw, boolean uk) {
        assertThat(Postcodes.isUk(raw)).isEqualTo(uk);
    }

    @ParameterizedTest(name = "[{0}] outward {1}")
    @CsvSource(delimiter = '|', textBlock = """
            B21 9SN   | B21
            SW1A 1AA  | SW1A
            DN55 1PT  | DN55
            2612      |
            """)
    void theOutwardCodeIsTheDistrictOfAUkPostcodeOnly(String normalised, String outward) {
        assertThat(Postcodes.outward(normalised)).isEqualTo(outward);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"b219sn", "2612", "SW1A 1AA", "d02 x285"})
    void normalisingAPostcodeTwiceChangesNothing(String raw) {
        String once = Postcodes.normalise(raw);

        assertThat(Postcodes.normalise(once)).isEqualTo(once);
    }
}
