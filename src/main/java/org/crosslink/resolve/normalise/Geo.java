package org.crosslink.resolve.normalise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.uber.h3core.H3Core;

/** Coordinates: H3 cells for blocking (a point meets the points in its own and neighbouring cells) and distances. */
public final class Geo {
    private static final double EARTH_RADIUS_M = 6_371_008.8;
    private static volatile H3Core h3;

    private Geo() {
    }

    private static H3Core h3() {
        if (h3 == null) {
            synchronized (Geo.class) {
                if (h3 == null) {
                    try {
                        h3 = H3Core.newInstance();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the H3 library", e);
                    }
                }
            }
        }
        return h3;
    }

    /** The H3 cell of a point at a resolution (9 is about 0.1 km² a cell). */
    public static long cell(double lat, double lng, int resolution) {
        return h3().latLngToCell(lat, lng, resolution);
    }

    /** A cell and its immediate neighbours, so that two points near a cell border still meet. */
    public static List<Long> cellAndNeighbours(long cell) {
        return h3().gridDisk(cell, 1);
    }

    /** Great-circle distance in metres. */
    public static double metres(double lat1, double lng1, double lat2, double lng2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
