package org.crosslink.resolve.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoTest {

    @ParameterizedTest(name = "({0},{1}) to ({2},{3}) ~ {4} m")
    @CsvSource({
            "51.8787, -0.4200, 51.8787, -0.4200, 0",
            "51.5007, -0.1246, 52.4862, -1.8904, 162900",
            "51.8787, -0.4200, 51.8796, -0.4200, 100",
    })
    void theDistanceBetweenTwoPointsIsTheGreatCircleDistance(double lat1, double lng1, double lat2, double lng2, double metres) {
        assertThat(Geo.metres(lat1, lng1, lat2, lng2)).isCloseTo(metres, within(Math.max(1, metres * 0.01)));
    }

    @Test
    void theDistanceIsTheSameEitherWay() {
        assertThat(Geo.metres(51.5007, -0.1246, 52.4862, -1.8904)).isEqualTo(Geo.metres(52.4862, -1.8904, 51.5007, -0.1246));
    }

    @Test
    void aCellWithItsNeighboursIsSevenCellsAroundIt() {
        long cell = Geo.cell(51.8787, -0.4200, 9);

        assertThat(Geo.cellAndNeighbours(cell)).hasSize(7).contains(cell);
    }

    @Test
    void twoPointsAFewMetresApartAreInTheSameOrNeighbouringCells() {
        long a = Geo.cell(51.87870, -0.42000, 9);
        long b = Geo.cell(51.87880, -0.42010, 9);

        assertThat(Geo.cellAndNeighbours(a)).contains(b);
    }
}
