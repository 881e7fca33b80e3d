package org.crosslink.evaluate;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Pairwise precision, recall and F1 of a clustering against the truth: every pair of mentions put in one
 * entity is a predicted link, every pair with the same truth a true link. Computed from counts, so a
 * million mentions cost no more than a pass over them.
 */
public record PairwiseScore(double precision, double recall, double f1, long predictedPairs, long truePairs, long correctPairs) {

    /** Scores predicted entity ids against truth labels, both keyed by mention. */
    public static <K> PairwiseScore of(Map<K, String> truth, Map<K, String> predicted) {
        Map<String, Long> t = new HashMap<>();
        Map<String, Long> p = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (Map.Entry<K, String> e : truth.entrySet()) {
            String pred = predicted.getOrDefault(e.getKey(), "single:" + e.getKey());
            t.merge(e.getValue(), 1L, Long::sum);
            p.merge(pred, 1L, Long::sum);
            both.merge(e.getValue() + "\u0000" + pred, 1L, Long::sum);
        }
        long tp = pairs(both);
        long truePairs = pairs(t);
        long predPairs = pairs(p);
        double precision = predPairs == 0 ? 1 : (double) tp / predPairs;
        double recall = truePairs == 0 ? 1 : (double) tp / truePairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new PairwiseScore(precision, recall, f1, predPairs, truePairs, tp);
    }

    /** Agreement of two clusterings of the same mentions: the F1 of one against the other. */
    public static <K> double agreement(Map<K, String> a, Map<K, String> b) {
        Objects.requireNonNull(b);
        return of(a, b).f1();
    }

    private static long pairs(Map<String, Long> counts) {
        long n = 0;
        for (long c : counts.values()) {
            n += c * (c - 1) / 2;
        }
        return n;
    }

    public String line(String kind) {
        return String.format("%s precision=%.4f recall=%.4f f1=%.4f", kind, precision, recall, f1);
    }
}
