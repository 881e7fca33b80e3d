package org.crosslink.resolve.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.crosslink.model.Location;
import org.crosslink.model.LocationKind;
import org.crosslink.resolve.Fixtures;
import org.crosslink.resolve.LocationRecord;
import org.crosslink.resolve.RecordNormaliser;
import org.crosslink.resolve.ResolutionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LocationComparatorTest {
    private static final ResolutionSettings SETTINGS = Fixtures.settings();
    private static final RecordNormaliser NORMALISER = new RecordNormaliser();
    private final LocationComparator comparator = new LocationComparator(
            new Similarity(SETTINGS.nearSimilarity(), SETTINGS.closeSimilarity()), SETTINGS.locationWeights(),
            SETTINGS.exactMetres(), SETTINGS.nearMetres());

    private static Location place(String name, String postcode, Double lat, Double lng, String town, String... lines) {
        return new Location("L", name == null ? LocationKind.ADDRESS : LocationKind.PREMISES, name, List.of(lines), town, postcode,
                null, "UK", lat, lng);
    }

    private static LocationRecord record(Location l) {
        return NORMALISER.location(l);
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of(place(null, "LU1 3XY", null, null, "Luton", "Unit 4, 12 Mill Lane"),
                        place(null, "lu13xy", null, null, "LUTON", "12 Mill Ln")),
                Arguments.of(place("Sparkle Car Wash", "LU1 3XY", 51.8787, -0.4200, "Luton", "12 Mill Lane"),
                        place("Sparkel Carwash", null, 51.8791, -0.4205, null, "Mill Lane", "Dallow")),
                Arguments.of(place(null, "LU1 3XY", null, null, null, "Dallow", "12 Mill Lane"),
                        place(null, "LU1 1AA", null, null, null, "12 Dallow Road", "Mill Lane")),
                Arguments.of(place(null, null, null, null, "Leeds", "Flat 2", "5 St John's Road", "Headingley"),
                        place(null, null, null, null, "Leeds", "5 Saint Johns Rd", "Headingly", "Hyde Park")),
                Arguments.of(place("Nail Bar", null, 52.4862, -1.8904, "Birmingham"),
                        place("Nails & Beauty", "B21 9SN", 52.4900, -1.8950, "Birmingham", "5 Soho Road")),
                Arguments.of(place(null, "2612", null, null, "Canberra", "12 Mill Street"),
                        place(null, "2612", null, null, "Canberra", "12 Mill St")),
                Arguments.of(place("Sparkle Car Wash", null, null, null, null),
                        place(null, "LU1 3XY", 51.8787, -0.4200, null, "12 Mill Lane")));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("pairs")
    void comparingAWithBWeighsExactlyAsComparingBWithA(Location a, Location b) {
        LocationRecord ra = record(a);
        LocationRecord rb = record(b);

        assertThat(PersonComparatorTest.total(comparator.compare(ra, rb)))
                .isCloseTo(PersonComparatorTest.total(comparator.compare(rb, ra)), within(1e-9));
    }

    @ParameterizedTest(name = "{4} m apart: {5}")
    @CsvSource({
            "51.8787, -0.4200, 51.8787, -0.4200, 0, EXACT",
            "51.8787, -0.4200, 51.8788, -0.4200, 11, EXACT",
            "51.8787, -0.4200, 51.8796, -0.4200, 100, NEAR",
            "51.8787, -0.4200, 51.8823, -0.4200, 400, CLOSE",
            "51.8787, -0.4200, 51.8887, -0.4200, 1110, DIFFERENT",
    })
    void twoPointsAgreeByTheDistanceBetweenThem(double lat1, double lng1, double lat2, double lng2, int metres, Agreement level) {
        Map<String, Comparison> c = fields(comparator.compare(record(place(null, null, lat1, lng1, null)),
                record(place(null, null, lat2, lng2, null))));

        assertThat(c.get("distance").level()).isEqualTo(level);
    }

    @Test
    void noDistanceIsComparedWithoutCoordinatesOnBothSides() {
        Map<String, Comparison> c = fields(comparator.compare(record(place(null, "LU1 3XY", 51.8787, -0.4200, null)),
                record(place(null, "LU1 3XY", null, null, null))));

        assertThat(c).doesNotContainKey("distance").containsKey("postcode");
    }

    @Test
    void premisesNamesAreComparedAsText() {
        Map<String, Comparison> c = fields(comparator.compare(record(place("Sparkle Car Wash", null, null, null, null)),
                record(place("SPARKLE CARWASH", null, null, null, null))));

        assertThat(c.get("premisesName").level()).isEqualTo(Agreement.EXACT);
    }

    private static Map<String, Comparison> fields(List<Comparison> comparisons) {
        return comparisons.stream().collect(Collectors.toMap(Comparison::field, Function.identity()));
    }
}
