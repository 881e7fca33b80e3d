package org.crosslink.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;

/**
 * Pairwise precision and recall at each of a grid of match thresholds, as a precision–recall curve: at a
 * threshold, the scored pairs at or above it are clustered as the engine clusters its match links (strongest
 * first, ties by the mentions' keys, never two mentions of one report in one cluster) and the clusters scored
 * against the truth. The thresholds are swept from the highest down, so each pair is added once and the pair
 * counts are kept up to date as clusters merge: the whole curve costs one sort and one pass.
 */
final class ThresholdCurve {
    /** The lowest and highest threshold of the grid. */
    static final double LOWEST = 0.5;
    static final double HIGHEST = 0.999999;
    private static final int STEPS = 20;

    /** One threshold's result. */
    record Point(double threshold, double precision, double recall, long predictedPairs, long correctPairs) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private ThresholdCurve() {
    }

    /** Thresholds from {@link #LOWEST} to {@link #HIGHEST}, evenly spaced in log-odds, and the configured one. */
    static double[] grid(double configured) {
        TreeSet<Double> out = new TreeSet<>();
        double top = Math.log(HIGHEST / (1 - HIGHEST));
        for (int i = 0; i <= STEPS; i++) {
            double logOdds = top * i / STEPS;
            out.add(i == STEPS ? HIGHEST : 1 / (1 + Math.exp(-logOdds)));
        }
        out.add(configured);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The curve, one point a threshold, in the thresholds' (ascending) order. */
    static List<Point> of(MentionIndex index, ScoredPairs<?> pairs, double[] thresholds) {
        int[] order = new int[pairs.size()];
        Arrays.setAll(order, i -> i);
        IntArrays.quickSort(order, (i, j) -> {
            int c = Double.compare(pairs.probability(j), pairs.probability(i));
            if (c == 0) {
                c = Integer.compare(pairs.first(i), pairs.first(j));
            }
            return c != 0 ? c : Integer.compare(pairs.second(i), pairs.second(j));
        });
        Clusters clusters = new Clusters(index);
        Point[] out = new Point[thresholds.length];
        int next = 0;
        for (int t = thresholds.length - 1; t >= 0; t--) {
            while (next < order.length && pairs.probability(order[next]) >= thresholds[t]) {
                clusters.join(pairs.first(order[next]), pairs.second(order[next]));
                next++;
            }
            out[t] = clusters.point(thresholds[t]);
        }
        return new ArrayList<>(Arrays.asList(out));
    }

    /** Union–find over the mentions, each root holding its reports and its count of mentions of each truth. */
    private static final class Clusters {
        private final MentionIndex index;
        private final int[] parent;
        private final IntOpenHashSet[] reports;
        private final Int2IntOpenHashMap[] truths;
        /** A root's number of mentions that have a truth (only they make pairs that count). */
        private final long[] labelled;
        private final long truePairs;
        private long predicted;
        private long correct;

        Clusters(MentionIndex index) {
            this.index = index;
            int n = index.size();
            this.parent = new int[n];
            Arrays.setAll(parent, i -> i);
            this.reports = new IntOpenHashSet[n];
            this.truths = new Int2IntOpenHashMap[n];
            this.labelled = new long[n];
            Arrays.setAll(labelled, i -> index.truth(i) >= 0 ? 1 : 0);
            this.truePairs = index.truePairs();
        }

        void join(int a, int b) {
            int x = find(a);
            int y = find(b);
            if (x == y) {
                return;
            }
            if (reports(x).size() < reports(y).size()) {
                int swap = x;
                x = y;
                y = swap;
            }
            IntOpenHashSet into = reports(x);
            for (int r : reports(y)) {
                if (into.contains(r)) {
                    return; // two mentions of one report are two people (or places) by definition
                }
            }
            Int2IntOpenHashMap tx = truths(x);
            Int2IntOpenHashMap ty = truths(y);
            predicted += labelled[x] * labelled[y];
            labelled[x] += labelled[y];
            for (Int2IntOpenHashMap.Entry e : ty.int2IntEntrySet()) {
                correct += (long) tx.get(e.getIntKey()) * e.getIntValue();
                tx.addTo(e.getIntKey(), e.getIntValue());
            }
            into.addAll(reports(y));
            parent[y] = x;
            reports[y] = null;
            truths[y] = null;
        }

        Point point(double threshold) {
            double precision = predicted == 0 ? 1 : (double) correct / predicted;
            double recall = truePairs == 0 ? 1 : (double) correct / truePairs;
            return new Point(threshold, precision, recall, predicted, correct);
        }

        private int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private IntOpenHashSet reports(int root) {
            if (reports[root] == null) {
                reports[root] = new IntOpenHashSet(new int[] {index.report(root)});
            }
            return reports[root];
        }

        private Int2IntOpenHashMap truths(int root) {
            if (truths[root] == null) {
                truths[root] = new Int2IntOpenHashMap();
                if (index.truth(root) >= 0) {
                    truths[root].put(index.truth(root), 1);
                }
            }
            return truths[root];
        }
    }
}
