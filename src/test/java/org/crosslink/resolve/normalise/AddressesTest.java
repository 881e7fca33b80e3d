package org.crosslink.resolve.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressesTest {

    private static Address line(String... lines) {
        return Addresses.normalise(List.of(lines), null, null, null, null);
    }

    @Test
    void aUnitAHouseNumberAndAStreetAreReadFromOneLine() {
        Address a = line("Unit 4, 12 Mill Lane");

        assertThat(a.unit()).isEqualTo("4");
        assertThat(a.number()).isEqualTo("12");
        assertThat(a.street()).isEqualTo("mill lane");
        assertThat(a.localities()).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] and [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            12 Mill Ln         | 12 Mill Lane
            12 Station Rd      | 12 Station Road
            12 High St         | 12 High Street
            12 Park Ave        | 12 Park Avenue
            12 Rose Cres       | 12 Rose Crescent
            12 Elm Gdns        | 12 Elm Gardens
            12 Kings Dr        | 12 Kings Drive
            12 MILL LANE       | 12 mill lane
            """)
    void aStreetIsTheSameWithItsTypeAbbreviatedOrSpelledOut(String abbreviated, String spelled) {
        Address a = line(abbreviated);
        Address b = line(spelled);

        assertThat(a.street()).isEqualTo(b.street());
        assertThat(a.number()).isEqualTo("12");
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            St John's Road      | saint johns road
            5 St John's Rd      | saint johns road
            5 St Mary St        | saint mary street
            5 Church St         | church street
            """)
    void stBeforeANameIsSaintAndAfterItIsStreet(String raw, String street) {
        assertThat(line(raw).street()).isEqualTo(street);
    }

    @ParameterizedTest(name = "[{0}] -> unit {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Flat 2, 5 Hill Road   | 2
            Apt 3B, 5 Hill Road   | 3b
            Room 12 5 Hill Road   | 12
            5 Hill Road           |
            """)
    void aFlatOrUnitNumberIsReadApartFromTheHouseNumber(String raw, String unit) {
        Address a = line(raw);

        assertThat(a.unit()).isEqualTo(unit);
        assertThat(a.number()).isEqualTo("5");
        assertThat(a.street()).isEqualTo("hill road");
    }

    @Test
    void furtherLinesAreLocalitiesAndTownAndPostcodeAreNormalised() {
        Address a = Addresses.normalise(List.of("Flat 2", "5 St John's Road", "Headingley"), " LEEDS ", "ls63ab", "West Yorkshire", "England");

        assertThat(a.unit()).isEqualTo("2");
        assertThat(a.number()).isEqualTo("5");
        assertThat(a.street()).isEqualTo("saint johns road");
        assertThat(a.localities()).containsExactly("headingley");
        assertThat(a.town()).isEqualTo("leeds");
        assertThat(a.postcode()).isEqualTo("LS6 3AB");
        assertThat(a.region()).isEqualTo("west yorkshire");
        assertThat(a.country()).isEqualTo("GB");
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            UK                | GB
            united kingdom    | GB
            Great Britain     | GB
            GBR               | GB
            Scotland          | GB
            Australia         | AU
            ro                | RO
            """)
    void aCountryIsTheIsoCodeForTheUksUsualSpellings(String raw, String iso) {
        assertThat(Addresses.country(raw)).isEqualTo(iso);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"", "  "})
    void aBlankCountryIsNull(String raw) {
        assertThat(Addresses.country(raw)).isNull();
    }

    @Test
    void anAddressWithNoLinesTownOrPostcodeIsEmpty() {
        assertThat(Addresses.normalise(null, null, null, null, "UK").isEmpty()).isTrue();
        assertThat(Addresses.normalise(List.of(" ", ","), null, null, null, null).isEmpty()).isTrue();
        assertThat(Addresses.normalise(List.of(), null, "b219sn", null, null).isEmpty()).isFalse();
    }
}
