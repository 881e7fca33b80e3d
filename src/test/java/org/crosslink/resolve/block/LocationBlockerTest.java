package org.crosslink.resolve.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crosslink.model.Location;
import org.crosslink.model.LocationKind;
import org.crosslink.resolve.LocationRecord;
import org.crosslink.resolve.RecordNormaliser;
import org.crosslink.resolve.normalise.Geo;
import org.junit.jupiter.api.Test;

class LocationBlockerTest {
    private final LocationBlocker blocker = new LocationBlocker(9);

    private static LocationRecord place(String name, String postcode, Double lat, Double lng, String town, String... lines) {
        return new RecordNormaliser().location(new Location("L1", LocationKind.OTHER, name, List.of(lines), town, postcode, null, "UK", lat, lng));
    }

    private Set<String> shared(LocationRecord filed, LocationRecord query) {
        Set<String> keys = new HashSet<>(blocker.queryKeys(query));
        keys.retainAll(blocker.keys(filed));
        return keys;
    }

    @Test
    void theSamePostcodeAndHouseNumberMeetHoweverTheStreetIsWritten() {
        assertThat(shared(place(null, "LU1 3XY", null, null, null, "12 Mill Lane"), place(null, "lu13xy", null, null, null, "12 Mil Ln")))
                .contains("pn|LU1 3XY|12");
    }

    @Test
    void theSameStreetAndNumberInOneTownMeetWithoutAPostcode() {
        assertThat(shared(place(null, null, null, null, "Luton", "12 Mill Lane"), place(null, null, null, null, "LUTON", "12 Mill Ln")))
                .isNotEmpty();
    }

    @Test
    void streetsThatOnlyBeginAlikeAreNotOneStreetWhenThereArePostcodes() {
        assertThat(shared(place(null, "LU1 3XY", null, null, "Luton", "12 Park Road"), place(null, "LU2 7AB", null, null, "Luton", "12 Park View Terrace")))
                .isEmpty();
    }

    @Test
    void aMisspeltStreetWithoutAPostcodeMeetsTheAddressWithOneWhicheverArrivesFirst() {
        // a typo after the short code's six sounds: the whole street's sound differs, its short code does not
        LocationRecord withPostcode = place(null, "LU1 3XY", null, null, "Luton", "12 Alexandra Avenue");
        LocationRecord without = place(null, null, null, null, "Luton", "12 Alexandra Avemue");

        assertThat(shared(withPostcode, without)).isNotEmpty();
        assertThat(shared(without, withPostcode)).isNotEmpty();
    }

    @Test
    void aStreetWrittenOnTheLineAfterItsNumberMeetsTheSameStreetWrittenWithIt() {
        // "12" then "Alexandra Avenue" reads the street as a further line; systems disagree on which line holds what
        LocationRecord oneLine = place(null, null, null, null, "Luton", "12 Alexandra Avenue");
        LocationRecord twoLines = place(null, null, null, null, "Luton", "12", "Alexandra Avenue");

        assertThat(shared(oneLine, twoLines)).isNotEmpty();
        assertThat(shared(twoLines, oneLine)).isNotEmpty();
    }

    @Test
    void aPremisesNameInOneTownMeetsItsVariant() {
        assertThat(shared(place("Sparkle Car Wash", null, null, null, "Luton"), place("Sparkle Carwash", null, null, null, "Luton")))
                .isNotEmpty();
    }

    @Test
    void twoPointsEitherSideOfACellBorderMeet() {
        double lat = 51.8787;
        double lng = -0.4200;
        long cell = Geo.cell(lat, lng, 9);
        double otherLng = lng;
        while (Geo.cell(lat, otherLng, 9) == cell) {
            otherLng += 0.0001;
        }

        Set<String> keys = shared(place(null, null, lat, lng, null), place(null, null, lat, otherLng, null));

        assertThat(Geo.metres(lat, lng, lat, otherLng)).isLessThan(500);
        assertThat(keys).singleElement().asString().startsWith("h3|");
    }

    @Test
    void aPlaceIsFiledUnderOneCellButLooksUpSeven() {
        LocationRecord p = place(null, null, 51.8787, -0.4200, null);

        assertThat(blocker.keys(p)).filteredOn(k -> k.startsWith("h3|")).hasSize(1);
        assertThat(blocker.queryKeys(p)).filteredOn(k -> k.startsWith("h3|")).hasSize(7);
    }

    @Test
    void placesFarApartWithDifferentAddressesDoNotMeet() {
        assertThat(shared(place(null, "LU1 3XY", 51.8787, -0.4200, "Luton", "12 Mill Lane"),
                place(null, "B21 9SN", 52.4862, -1.8904, "Birmingham", "5 Soho Road"))).isEmpty();
    }
}
