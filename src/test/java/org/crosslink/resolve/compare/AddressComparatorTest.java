package org.crosslink.resolve.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crosslink.resolve.Fixtures;
import org.crosslink.resolve.ResolutionSettings;
import org.crosslink.resolve.normalise.Address;
import org.crosslink.resolve.normalise.Addresses;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressComparatorTest {
    private static final ResolutionSettings SETTINGS = Fixtures.settings();
    private final AddressComparator comparator = new AddressComparator(
            new Similarity(SETTINGS.nearSimilarity(), SETTINGS.closeSimilarity()), SETTINGS.locationWeights(), "");

    private static Address address(String postcode, String... lines) {
        return Addresses.normalise(List.of(lines), null, postcode, null, "UK");
    }

    private Map<String, Comparison> compare(Address a, Address b) {
        return comparator.compare(a, b).stream().collect(Collectors.toMap(Comparison::field, Function.identity()));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            LU1 3XY  | lu13xy    | EXACT
            LU1 3XY  | LU1 3YX   | NEAR
            LU1 3XY  | LU1 1AA   | CLOSE
            LU1 3XY  | B21 9SN   | DIFFERENT
            2612     | 2612      | EXACT
            2612     | 2621      | NEAR
            2612     | 3000      | DIFFERENT
            """)
    void postcodesAgreeExactlyOneSlipApartOrInTheSameUkDistrict(String a, String b, Agreement level) {
        assertThat(compare(address(a), address(b)).get("postcode").level()).isEqualTo(level);
        assertThat(compare(address(b), address(a)).get("postcode").level()).isEqualTo(level);
    }

    @Test
    void aStreetOnAnotherLineStillAgrees() {
        Map<String, Comparison> c = compare(address(null, "Dallow", "12 Mill Lane"), address(null, "12 Mill Lane"));

        assertThat(c.get("street").level()).isEqualTo(Agreement.EXACT);
        assertThat(c.get("houseNumber").level()).isEqualTo(Agreement.EXACT);
    }

    @Test
    void furtherLinesAreComparedCrosswise() {
        Map<String, Comparison> c = compare(address(null, "5 Hill Road", "Headingley"), address(null, "Hyde Park", "Headingly"));

        assertThat(c.get("locality").level()).isEqualTo(Agreement.NEAR);
    }

    @Test
    void aFlatNumberIsComparedOnlyWhenBothHaveOne() {
        assertThat(compare(address(null, "Flat 2, 5 Hill Road"), address(null, "Flat 17, 5 Hill Road")).get("unit").level())
                .isEqualTo(Agreement.DIFFERENT);
        assertThat(compare(address(null, "Flat 2, 5 Hill Road"), address(null, "5 Hill Road"))).doesNotContainKey("unit");
    }

    @Test
    void twoDifferentOneDigitHouseNumbersDisagree() {
        Map<String, Comparison> c = compare(address(null, "Flat 2, 5 Hill Road"), address(null, "Flat 3, 7 Hill Road"));

        assertThat(c.get("houseNumber").level()).isEqualTo(Agreement.DIFFERENT);
        assertThat(c.get("unit").level()).isEqualTo(Agreement.DIFFERENT);
    }

    @Test
    void weightsComeFromTheFieldNamesUnderThePrefix() {
        AddressComparator personal = new AddressComparator(new Similarity(0.94, 0.88), SETTINGS.personWeights(), "address.");

        List<Comparison> c = personal.compare(address("LU1 3XY", "12 Mill Lane"), address("LU1 3XY", "12 Mill Lane"));

        assertThat(c).extracting(Comparison::field).containsExactly("address.postcode", "address.houseNumber", "address.street");
        assertThat(c.get(0).weight()).isEqualTo(SETTINGS.personWeights().weight("address.postcode", Agreement.EXACT)).isPositive();
    }
}
