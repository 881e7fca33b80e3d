package org.crosslink.resolve.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import org.crosslink.resolve.compare.Agreement;

/**
 * Fellegi–Sunter m and u probabilities estimated without labels by expectation–maximisation, from the
 * agreement levels of the pairs that blocking brings together: a two-class mixture (match, non-match) with
 * the fields independent given the class. A field missing from a pair (either side without it) says nothing
 * and is left out of that pair. Starts from the configured weights, so the classes keep their meaning.
 */
public final class EmEstimator {
    /** Pseudo-count per level: keeps a level never seen in one class from a probability of exactly 0. */
    private static final double SMOOTHING = 1e-3;

    private EmEstimator() {
    }

    /**
     * The estimate: the share of compared pairs that match, m and u for every field and level seen, and each pair's
     * probability of being a match under them.
     */
    public record Estimate(double matchShare, Map<String, EnumMap<Agreement, Double>> m,
                           Map<String, EnumMap<Agreement, Double>> u, int iterations, boolean converged,
                           double[] matchProbabilities) {
    }

    /**
     * @param pairs     each compared pair's level for every field it has
     * @param start     the configured weights, the starting point
     * @param tolerance stop once no probability moves by more than this in one iteration
     */
    public static Estimate estimate(List<Map<String, Agreement>> pairs, Weights start, int maxIterations, double tolerance) {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("no compared pairs to estimate from");
        }
        Map<String, List<Agreement>> levels = levelsSeen(pairs);
        Map<String, EnumMap<Agreement, Double>> m = new LinkedHashMap<>();
        Map<String, EnumMap<Agreement, Double>> u = new LinkedHashMap<>();
        for (Map.Entry<String, List<Agreement>> f : levels.entrySet()) {
            m.put(f.getKey(), startingPoint(f.getValue(), l -> start.m(f.getKey(), l)));
            u.put(f.getKey(), startingPoint(f.getValue(), l -> start.u(f.getKey(), l)));
        }
        return iterate(pairs, levels, m, u, 0.1, true, pairs.size(), maxIterations, tolerance);
    }

    /**
     * The m probabilities alone, the u probabilities given (as Splink does: u from random pairs, where almost every
     * pair is two different people, and only m by EM over the pairs blocking brings together, where the matches
     * are). Levels the given u lacks take the starting model's u.
     * <p>
     * The share of matches is estimated among all the pairs the given ones were chosen from ({@code population}),
     * not among the given ones alone: blocking chose them by their levels, so a pair's chance of being a match given
     * its levels is what it is among all pairs, with the prior of all pairs. Estimated among the blocked pairs alone,
     * against u from random pairs, two namesakes blocked together for their shared name and date look like a match
     * and the share runs to 1: every blocked pair counted as a match, the prior too high, and a disagreement's
     * weight too mild. With {@code population} the number of given pairs, it is the mixture among them.
     */
    public static Estimate estimateM(List<Map<String, Agreement>> pairs, Weights start,
                                     Map<String, EnumMap<Agreement, Double>> fixedU, double population, int maxIterations,
                                     double tolerance) {
        if (population < pairs.size()) {
            throw new IllegalArgumentException("the pairs were chosen from " + population + " pairs, fewer than the "
                    + pairs.size() + " given");
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("no compared pairs to estimate from");
        }
        Map<String, List<Agreement>> levels = levelsSeen(pairs);
        Map<String, EnumMap<Agreement, Double>> m = new LinkedHashMap<>();
        Map<String, EnumMap<Agreement, Double>> u = new LinkedHashMap<>();
        for (Map.Entry<String, List<Agreement>> f : levels.entrySet()) {
            String field = f.getKey();
            m.put(field, startingPoint(f.getValue(), l -> start.m(field, l)));
            EnumMap<Agreement, Double> given = fixedU.getOrDefault(field, new EnumMap<>(Agreement.class));
            EnumMap<Agreement, Double> uu = new EnumMap<>(Agreement.class);
            for (Agreement l : f.getValue()) {
                double v = given.getOrDefault(l, start.u(field, l));
                uu.put(l, v > 0 ? v : SMOOTHING);
            }
            u.put(field, uu);
        }
        double share = population > pairs.size() ? start.prior() : 0.5;
        return iterate(pairs, levels, m, u, share, false, population, maxIterations, tolerance);
    }

    /**
     * Expectation and maximisation in turn until no probability moves by more than the tolerance: m always, u too
     * when it is not given. The share is kept below 1, where the log-odds of the E-step would be infinite.
     */
    private static Estimate iterate(List<Map<String, Agreement>> pairs, Map<String, List<Agreement>> levels,
                                    Map<String, EnumMap<Agreement, Double>> m, Map<String, EnumMap<Agreement, Double>> u,
                                    double share, boolean estimateU, double population, int maxIterations,
                                    double tolerance) {
        double[] g = new double[pairs.size()];
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            expect(pairs, share, m, u, g);
            double newShare = 0;
            for (double x : g) {
                newShare += x;
            }
            newShare /= population;
            double moved = Math.max(Math.abs(newShare - share), maximise(pairs, levels, g, true, m));
            if (estimateU) {
                moved = Math.max(moved, maximise(pairs, levels, g, false, u));
            }
            share = Math.min(newShare, 1 - 1e-9);
            if (moved < tolerance) {
                expect(pairs, share, m, u, g);
                return new Estimate(share, m, u, iteration, true, g);
            }
        }
        expect(pairs, share, m, u, g);
        return new Estimate(share, m, u, maxIterations, false, g);
    }

    /** E-step: each pair's probability of being a match under the current parameters. */
    private static void expect(List<Map<String, Agreement>> pairs, double share, Map<String, EnumMap<Agreement, Double>> m,
                               Map<String, EnumMap<Agreement, Double>> u, double[] g) {
        for (int i = 0; i < g.length; i++) {
            double logOdds = Math.log(share / (1 - share));
            for (Map.Entry<String, Agreement> f : pairs.get(i).entrySet()) {
                logOdds += Math.log(m.get(f.getKey()).get(f.getValue()) / u.get(f.getKey()).get(f.getValue()));
            }
            g[i] = 1 / (1 + Math.exp(-logOdds));
        }
    }

    /** M-step for one class: each level's share among the pairs that have the field, weighted by class membership. */
    private static double maximise(List<Map<String, Agreement>> pairs, Map<String, List<Agreement>> levels, double[] g,
                                   boolean match, Map<String, EnumMap<Agreement, Double>> into) {
        Map<String, EnumMap<Agreement, Double>> counts = new LinkedHashMap<>();
        for (int i = 0; i < g.length; i++) {
            double w = match ? g[i] : 1 - g[i];
            for (Map.Entry<String, Agreement> f : pairs.get(i).entrySet()) {
                counts.computeIfAbsent(f.getKey(), k -> new EnumMap<>(Agreement.class)).merge(f.getValue(), w, Double::sum);
            }
        }
        double moved = 0;
        for (Map.Entry<String, List<Agreement>> f : levels.entrySet()) {
            EnumMap<Agreement, Double> c = counts.get(f.getKey());
            double total = 0;
            for (Agreement l : f.getValue()) {
                total += c.getOrDefault(l, 0.0) + SMOOTHING;
            }
            EnumMap<Agreement, Double> p = into.get(f.getKey());
            for (Agreement l : f.getValue()) {
                double value = (c.getOrDefault(l, 0.0) + SMOOTHING) / total;
                moved = Math.max(moved, Math.abs(value - p.get(l)));
                p.put(l, value);
            }
        }
        return moved;
    }

    private static Map<String, List<Agreement>> levelsSeen(List<Map<String, Agreement>> pairs) {
        Map<String, TreeSet<Agreement>> seen = new LinkedHashMap<>();
        for (Map<String, Agreement> pair : pairs) {
            pair.forEach((field, level) -> seen.computeIfAbsent(field, k -> new TreeSet<>()).add(level));
        }
        Map<String, List<Agreement>> out = new LinkedHashMap<>();
        seen.forEach((field, set) -> out.put(field, new ArrayList<>(set)));
        return out;
    }

    /** The configured probabilities of the levels seen, rescaled to sum to 1; an unconfigured level starts small. */
    private static EnumMap<Agreement, Double> startingPoint(List<Agreement> levels, ToDoubleFunction<Agreement> configured) {
        EnumMap<Agreement, Double> p = new EnumMap<>(Agreement.class);
        double total = 0;
        for (Agreement l : levels) {
            double v = configured.applyAsDouble(l);
            v = v > 0 ? v : 0.01;
            p.put(l, v);
            total += v;
        }
        for (Agreement l : levels) {
            p.put(l, p.get(l) / total);
        }
        return p;
    }
}
