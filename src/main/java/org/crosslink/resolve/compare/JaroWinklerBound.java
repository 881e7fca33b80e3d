package org.crosslink.resolve.compare;

import org.crosslink.resolve.normalise.Names;

/**
 * A cheap upper bound on the Jaro–Winkler similarity commons-text computes for two strings with their
 * spaces removed, read from the strings as they are (no copy, no allocation). Most pairs a candidate brings
 * (two streets, two towns, a namesake's other name) share too few letters to reach the close threshold, and
 * this tells so in a pass over each string, where Jaro–Winkler itself allocates its match tables: it was the
 * largest single cost of a comparison at a million persons.
 * <p>
 * Why it bounds: Jaro counts m characters matched between the strings, each position of either string in at
 * most one match, so m is at most the positions of {@code a} whose letter occurs in {@code b}, and the same
 * the other way round; letters are grouped in 64 classes, which can only raise the count. With m at its
 * bound and no transpositions, Jaro = (m/|a| + m/|b| + 1) / 3 can only be higher than the true value, and so
 * can Winkler's boost for a common prefix, taken at its full length.
 */
final class JaroWinklerBound {
    /** commons-text boosts Jaro for a common prefix only from this Jaro up. */
    private static final double BOOST_THRESHOLD = 0.7;
    private static final double SCALING = 0.1;
    /** Rounding in either computation stays far below this; a pair within it of a threshold is computed. */
    private static final double MARGIN = 1e-9;

    private JaroWinklerBound() {
    }

    /** Whether Jaro–Winkler of the two strings, spaces removed, is certainly below the threshold. */
    static boolean below(String a, String b, double threshold) {
        return bound(a, b) < threshold - MARGIN;
    }

    /** An upper bound on Jaro–Winkler of {@code a} and {@code b} with their spaces removed. */
    static double bound(String a, String b) {
        int la = Names.compactLength(a);
        int lb = Names.compactLength(b);
        if (la == 0 || lb == 0) {
            return la == lb ? 1 : 0; // two empty strings are equal, one is like nothing
        }
        int m = Math.min(positionsIn(a, letters(b)), positionsIn(b, letters(a)));
        if (m == 0) {
            return 0;
        }
        double jaro = ((double) m / la + (double) m / lb + 1) / 3;
        if (jaro < BOOST_THRESHOLD) {
            return jaro;
        }
        // the whole common prefix, where commons-text caps it at 4: a bound may only be higher
        return jaro + SCALING * Names.compactCommonPrefix(a, b) * (1 - jaro);
    }

    private static int letterClass(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return 36 + c % 28;
    }

    private static long letters(String s) {
        long set = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ') {
                set |= 1L << letterClass(c);
            }
        }
        return set;
    }

    private static int positionsIn(String s, long letters) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && (letters & 1L << letterClass(c)) != 0) {
                n++;
            }
        }
        return n;
    }
}
