package org.crosslink.resolve.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosslink.model.IdentifierType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"AB1234567", "ab1234567", "AB 123 4567", " ab-123-4567 ", "AB.123.456.7"})
    void aPassportNumberIsTheSameWhateverItsSpacingAndCase(String raw) {
        assertThat(Identifiers.normalise(IdentifierType.PASSPORT, raw)).isEqualTo("AB1234567");
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NI_NUMBER    | AB 12 34 56 C          | AB123456C
            NI_NUMBER    | ab123456c              | AB123456C
            PNC_ID       | 19/123456X             | 19123456X
            PNC_ID       | 26/0031415K            | 2631415K
            PNC_ID       | 2026/31415K            | 2631415K
            PNC_ID       | 2026/0031415K          | 2631415K
            VEHICLE      | lx 51 abc              | LX51ABC
            NATIONAL_ID  | 1850312-4              | 18503124
            EMAIL        | ' Mihai.Ionescu@Example.COM ' | mihai.ionescu@example.com
            PHONE        | 07700 900461           | +447700900461
            PHONE        | 0044 7700-900461       | +447700900461
            """)
    void eachTypeHasOneCanonicalForm(IdentifierType type, String raw, String expected) {
        assertThat(Identifiers.normalise(type, raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            OTHER        | UNHCR 354-17C08813       | 35417C08813
            OTHER        | 354-17C-08813            | 35417C08813
            OTHER        | UNHCR: 354-17C08813      | 35417C08813
            NATIONAL_ID  | Kebele ID 04-118273      | 04118273
            NATIONAL_ID  | Tazkira 1401-0100-22871  | 1401010022871 
            OTHER        | IOM case                 | IOMCASE
            OTHER        | AB 12                    | AB12
            NATIONAL_ID  | RX 482913                | RX482913
            NATIONAL_ID  | CA 31807 KD              | CA31807KD
            OTHER        | Ref 55120934             | 55120934
            PASSPORT     | GBR 561093842            | GBR561093842
            """)
    void aCardsNumberIsReadWithoutTheLabelWrittenBeforeIt(IdentifierType type, String raw, String expected) {
        assertThat(Identifiers.normalise(type, raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(IdentifierType.class)
    void anIdentifierWithNothingUsableIsNull(IdentifierType type) {
        assertThat(Identifiers.normalise(type, "  ")).isNull();
        assertThat(Identifiers.normalise(type, null)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = IdentifierType.class, names = {"PASSPORT", "NATIONAL_ID", "NI_NUMBER", "PNC_ID", "HOME_OFFICE_REF"})
    void passportsAndNationalNumbersBelongToOnePerson(IdentifierType type) {
        assertThat(Identifiers.personal(type)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = IdentifierType.class, names = {"PHONE", "EMAIL", "VEHICLE", "BANK_ACCOUNT", "OTHER"})
    void phonesVehiclesAndAccountsAreShared(IdentifierType type) {
        assertThat(Identifiers.personal(type)).isFalse();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            RO054872913  | 054872913
            ROU054872913 | 054872913
            PLEK4821937  | EK4821937
            EK4821937    | GBREK4821937
            """)
    void aDocumentNumberWithItsIssuingCountryBeforeItIsTheNumber(String a, String b) {
        assertThat(Identifiers.withIssuer(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PLEK4821937  | K4821937
            XQ054872913  | 054872913
            RO05487291   | 054872913
            RO12345      | 12345
            """)
    void lettersThatAreNoCountrysCodeOrANumberThatDoesNotEndTheOtherAreAnotherDocument(String a, String b) {
        assertThat(Identifiers.withIssuer(a, b)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BRAYC804512 | YC804512
            RO054872913 | 054872913
            XQ054872913 | ''
            RO12345     | ''
            """, emptyValue = "")
    void aNumberAfterAnIssuingCountrysCodeIsTheNumberWithoutIt(String value, String number) {
        if (number.isEmpty()) {
            assertThat(Identifiers.afterIssuer(value)).isEmpty();
        } else {
            assertThat(Identifiers.afterIssuer(value)).contains(number);
        }
    }
}
