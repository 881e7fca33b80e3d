package org.crosslink.resolve.compare;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.crosslink.resolve.normalise.Names;
import org.crosslink.resolve.normalise.Phonetics;

/**
 * String agreement levels from commons-text: exact, near and close by Jaro–Winkler on the names with
 * spaces removed ({@code winston hills} = {@code winstonhills}), a close spelling that sounds the same
 * (Double Metaphone) counts as near, a different spelling that sounds the same as weak, else different.
 * Every method is symmetric: compare(a, b) is compare(b, a).
 */
public final class Similarity {
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private final double near;
    private final double close;

    public Similarity(double near, double close) {
        if (!(0 < close && close <= near && near < 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < close <= near < 1");
        }
        this.near = near;
        this.close = close;
    }

    /** Whether {@link #text} finds two present strings in exact agreement: equal once spaces are removed. */
    public static boolean exact(String a, String b) {
        if (a.equals(b)) {
            return true; // names and streets are interned: the same name is the same string
        }
        // compact(a).equals(compact(b)), without making either
        int common = Names.compactCommonPrefix(a, b);
        return common == Names.compactLength(a) && common == Names.compactLength(b);
    }

    /** The level two normalised strings agree at; null when either is missing. */
    public Agreement text(String a, String b) {
        return text(a, null, b, null);
    }

    /**
     * As {@link #text(String, String)}, with the strings' sounds (Double Metaphone) when the caller holds
     * them; a null sound is looked up.
     */
    public Agreement text(String a, String soundA, String b, String soundB) {
        if (a == null || b == null) {
            return null;
        }
        if (exact(a, b)) {
            return Agreement.EXACT;
        }
        if (JaroWinklerBound.below(a, b, close)) {
            // most pairs share too few letters to come close, which a pass over each tells without Jaro-Winkler
            return soundAlike(a, soundA, b, soundB) ? Agreement.WEAK : Agreement.DIFFERENT;
        }
        double jw = jaroWinkler(a, b);
        if (jw >= near) {
            return Agreement.NEAR;
        }
        if (jw >= close) {
            // Ana and Anna: Jaro-Winkler is harsh on short names; a close spelling that sounds the same is near
            return soundAlike(a, soundA, b, soundB) ? Agreement.NEAR : Agreement.CLOSE;
        }
        return soundAlike(a, soundA, b, soundB) ? Agreement.WEAK : Agreement.DIFFERENT;
    }

    /** Jaro–Winkler similarity of two normalised strings, their spaces left out. */
    static double jaroWinkler(String a, String b) {
        return JW.apply(Names.compact(a), Names.compact(b));
    }

    private static boolean soundAlike(String a, String soundA, String b, String soundB) {
        String pa = soundA != null ? soundA : Phonetics.metaphone(a);
        return pa != null && pa.equals(soundB != null ? soundB : Phonetics.metaphone(b));
    }

    /**
     * Codes and numbers: exact, near (one edit or two neighbours swapped), else different. A slip is only
     * believed in a code of three characters or more: house 5 and house 7 are different houses.
     */
    public static Agreement code(String a, String b) {
        if (a == null || b == null) {
            return null;
        }
        if (a.equals(b)) {
            return Agreement.EXACT;
        }
        return Math.min(a.length(), b.length()) >= 3 && oneSlip(a, b) ? Agreement.NEAR : Agreement.DIFFERENT;
    }

    /**
     * One insertion, deletion or substitution, or one swap of neighbouring characters. Two codes of the same
     * length are one edit apart only by one substitution, which a single pass tells without the library's
     * tables: most pairs compared are two people's different phone numbers or postcodes of the same length.
     */
    static boolean oneSlip(String a, String b) {
        if (a.length() != b.length()) {
            return Math.abs(a.length() - b.length()) == 1 && ONE_EDIT.apply(a, b) == 1;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first < 0) {
                    first = i;
                } else {
                    return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
                            && a.regionMatches(i + 1, b, i + 1, a.length() - i - 1);
                }
            }
        }
        return first >= 0; // one substitution; none means equal, which is no slip
    }

    /** Ranks levels from best to worst, for choosing the best of several alternatives. */
    public static int rank(Agreement level) {
        return level == null ? 99 : level.ordinal();
    }
}
