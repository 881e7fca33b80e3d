package org.crosslink.evaluate.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Values drawn in proportion to their weights. */
public final class Weighted<T> {
    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    /** A draw among values with the given weights (same order, each positive). */
    public static <T> Weighted<T> of(List<T> values, List<Double> weights) {
        if (values.isEmpty() || values.size() != weights.size()) {
            throw new IllegalArgumentException("values and weights differ in number, or there are none");
        }
        double[] c = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            if (!(weights.get(i) > 0)) {
                throw new IllegalArgumentException("weight of " + values.get(i) + " is not positive");
            }
            sum += weights.get(i);
            c[i] = sum;
        }
        return new Weighted<>(List.copyOf(values), c);
    }

    /** Every value equally likely. */
    public static <T> Weighted<T> uniform(List<T> values) {
        List<Double> w = new ArrayList<>();
        values.forEach(v -> w.add(1.0));
        return of(values, w);
    }

    public T pick(Random rng) {
        double x = rng.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return values.get(lo);
    }

    /** A value other than {@code not}, when there is one. */
    public T pickOther(Random rng, T not) {
        for (int i = 0; i < 50; i++) {
            T v = pick(rng);
            if (!v.equals(not)) {
                return v;
            }
        }
        return not;
    }

    public List<T> values() {
        return values;
    }
}
