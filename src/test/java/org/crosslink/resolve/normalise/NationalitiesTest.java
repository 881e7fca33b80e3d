package org.crosslink.resolve.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalitiesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ROU        | ROU
            ro         | ROU
            Romania    | ROU
            Romanian   | ROU
            Colombian  | COL
            colombia   | COL
            Venezuelan | VEN
            Peruvian   | PER
            Salvadoran | SLV
            Eritrean   | ERI
            Scottish   | GBR
            Kosovar    | XKX
            Congolese  | COD
            Norwegian  | NOR
            """)
    void aNationalityIsOneCodeHoweverItIsWritten(String raw, String code) {
        assertThat(Nationalities.normalise(raw)).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dominican    | dominican
            Martian      | martian
            """)
    void anAdjectiveOfTwoCountriesOrOfNoneStaysText(String raw, String text) {
        assertThat(Nationalities.normalise(raw)).isEqualTo(text);
    }
}
