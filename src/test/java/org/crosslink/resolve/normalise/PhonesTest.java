package org.crosslink.resolve.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhonesTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"07700 900461", "+44 7700 900461", "0044 7700-900461", "07700900461", "(07700) 900 461",
            " +447700900461 ", "+44 (0)7700 900461"})
    void aUkMobileIsTheSameNumberInE164WhateverItsFormat(String raw) {
        assertThat(Phones.e164(raw)).isEqualTo("+447700900461");
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0121 496 0000        | +441214960000
            +40 721 234 567      | +40721234567
            0040 721 234 567     | +40721234567
            +33 1 23 45 67 89    | +33123456789
            """)
    void aNumberWithItsCountryCodeKeepsItAndOneWithoutIsReadAsUk(String raw, String expected) {
        assertThat(Phones.e164(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> null")
    @NullSource
    @ValueSource(strings = {"", "   ", "hello", "12", "not a phone", "ring me later",
            "0123456789012345678901234567890123456789012345678901234567890123456789"})
    void textThatIsNotAPhoneNumberIsNull(String raw) {
        assertThat(Phones.e164(raw)).isNull();
    }
}
