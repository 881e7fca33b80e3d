package org.crosslink.evaluate.synthetic;

import java.time.Instant;
import java.util.Random;

/** Small draws the shapes share. */
final class Draw {
    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");
    private static final int SPAN_MINUTES = 912 * 24 * 60;

    private Draw() {
    }

    static boolean chance(Random rng, double p) {
        return rng.nextDouble() < p;
    }

    /** An integer from {@code min} to {@code max}, both included. */
    static int between(Random rng, int min, int max) {
        return min + rng.nextInt(max - min + 1);
    }

    /** When a report was made: a minute between January 2024 and June 2026. */
    static Instant reportedAt(Random rng) {
        return FIRST.plusSeconds(60L * rng.nextInt(SPAN_MINUTES));
    }

    /**
     * Which of several exclusive outcomes happens: outcome i with probability {@code p[i]}, none (-1) with what is left.
     */
    static int outcome(Random rng, double... p) {
        double x = rng.nextDouble();
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += p[i];
            if (x < sum) {
                return i;
            }
        }
        return -1;
    }

    static char gender(Random rng, double maleShare) {
        return chance(rng, maleShare) ? 'M' : 'F';
    }

    /**
     * A count from 1 to {@code max} whose mean is about {@code mean}: geometric, drawn again when over the maximum.
     */
    static int clusterSize(Random rng, double mean, int max) {
        double p = 1 / Math.max(1.0, mean);
        while (true) {
            int k = 1;
            while (rng.nextDouble() > p) {
                k++;
            }
            if (k <= max) {
                return k;
            }
        }
    }
}
