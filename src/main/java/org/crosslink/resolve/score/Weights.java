package org.crosslink.resolve.score;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.crosslink.resolve.compare.Agreement;
import tools.jackson.databind.JsonNode;

/**
 * Fellegi–Sunter weights for one kind of mention: for every (field, level) a match probability m and a
 * non-match probability u, giving the weight log2(m/u) in bits; and the prior, the probability that two
 * mentions that meet in a block are the same. Read from {@code config/resolution.yaml}.
 */
public final class Weights {
    private final Map<String, EnumMap<Agreement, Double>> weights = new HashMap<>();
    private final Map<String, EnumMap<Agreement, Double>> u = new HashMap<>();
    private final double priorWeight;

    private Weights(double prior) {
        if (!(prior > 0 && prior < 1)) {
            throw new IllegalArgumentException("prior must lie strictly between 0 and 1");
        }
        this.priorWeight = log2(prior / (1 - prior));
    }

    /** Reads {@code {prior: p, comparisons: {field: {LEVEL: {m: .., u: ..}}}}}. */
    public static Weights from(JsonNode node) {
        Weights w = new Weights(node.path("prior").asDouble());
        JsonNode comparisons = node.path("comparisons");
        for (String field : comparisons.propertyNames()) {
            JsonNode levels = comparisons.get(field);
            for (Iterator<String> it = levels.propertyNames().iterator(); it.hasNext(); ) {
                String level = it.next();
                double m = levels.get(level).path("m").asDouble();
                double uu = levels.get(level).path("u").asDouble();
                w.put(field, Agreement.valueOf(level), m, uu);
            }
        }
        return w;
    }

    private void put(String field, Agreement level, double m, double uu) {
        if (!(m > 0 && m <= 1 && uu > 0 && uu <= 1)) {
            throw new IllegalArgumentException(field + "." + level + ": m and u must lie in (0, 1]");
        }
        weights.computeIfAbsent(field, f -> new EnumMap<>(Agreement.class)).put(level, log2(m / uu));
        u.computeIfAbsent(field, f -> new EnumMap<>(Agreement.class)).put(level, uu);
    }

    /** The weight in bits of a field agreeing at a level; 0 for a level the configuration does not name. */
    public double weight(String field, Agreement level) {
        EnumMap<Agreement, Double> levels = weights.get(field);
        if (levels == null || level == null) {
            return 0;
        }
        return levels.getOrDefault(level, 0.0);
    }

    /** A field's weights by level, for a comparator to hold: the same values as {@link #weight} and {@link #u}. */
    public FieldWeights field(String field) {
        Agreement[] levels = Agreement.values();
        double[] w = new double[levels.length];
        double[] uu = new double[levels.length];
        for (Agreement level : levels) {
            w[level.ordinal()] = weight(field, level);
            uu[level.ordinal()] = u(field, level);
        }
        return new FieldWeights(field, w, uu);
    }

    /** The u probability of a (field, level), for term-frequency adjustment; 0 when not configured. */
    public double u(String field, Agreement level) {
        EnumMap<Agreement, Double> levels = u.get(field);
        return levels == null ? 0 : levels.getOrDefault(level, 0.0);
    }

    /** The m probability of a (field, level), for starting an estimate; 0 when not configured. */
    public double m(String field, Agreement level) {
        return u(field, level) * Math.pow(2, weight(field, level));
    }

    /** log2 of the prior odds. */
    public double priorWeight() {
        return priorWeight;
    }

    public static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
