package org.crosslink.resolve.score;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.crosslink.config.NearestName;
import org.crosslink.resolve.compare.Agreement;
import tools.jackson.databind.JsonNode;

/**
 * Fellegi–Sunter weights for one kind of mention: for every (field, level) a match probability m and a
 * non-match probability u, giving the weight log2(m/u) in bits; and the prior, the probability that two
 * mentions drawn at random are the same. Read from the model ({@code config/resolution.yaml} or a trained
 * model), checked against the fields and levels the comparator knows, so that a misspelt name stops the bus
 * instead of silently switching evidence off.
 */
public final class Weights {
    /** A level's probabilities. */
    public record Level(double m, double u) {
        public Level {
            if (!(m > 0 && m <= 1 && u > 0 && u <= 1)) {
                throw new IllegalArgumentException("m and u must lie in (0, 1]: m=" + m + ", u=" + u);
            }
        }

        public double weight() {
            return log2(m / u);
        }
    }

    private final Map<String, EnumMap<Agreement, Level>> levels;
    private final double prior;
    private final double priorWeight;

    /**
     * @param prior  the probability that two mentions drawn at random are the same
     * @param levels every field's levels with their probabilities
     */
    public Weights(double prior, Map<String, ? extends Map<Agreement, Level>> levels) {
        if (!(prior > 0 && prior < 1)) {
            throw new IllegalArgumentException("prior must lie strictly between 0 and 1: " + prior);
        }
        this.prior = prior;
        this.priorWeight = log2(prior / (1 - prior));
        Map<String, EnumMap<Agreement, Level>> copy = new LinkedHashMap<>();
        levels.forEach((field, byLevel) -> copy.put(field, byLevel.isEmpty() ? new EnumMap<>(Agreement.class) : new EnumMap<>(byLevel)));
        this.levels = copy;
    }

    /** Reads {@code {prior: p, comparisons: {field: {LEVEL: {m: .., u: ..}}}}} without checking the names. */
    public static Weights from(JsonNode node) {
        return from(node, null);
    }

    /**
     * Reads {@code {prior: p, comparisons: {field: {LEVEL: {m: .., u: ..}}}}}; with a schema (the levels each field
     * may have), an unknown field or level is an error naming the nearest valid one.
     */
    public static Weights from(JsonNode node, Map<String, Set<Agreement>> schema) {
        JsonNode comparisons = node.path("comparisons");
        Map<String, EnumMap<Agreement, Level>> levels = new LinkedHashMap<>();
        for (String field : comparisons.propertyNames()) {
            if (schema != null && !schema.containsKey(field)) {
                throw new IllegalArgumentException("comparisons." + field + " is not a field" + suggestion(field, schema.keySet()));
            }
            JsonNode byLevel = comparisons.get(field);
            EnumMap<Agreement, Level> parsed = new EnumMap<>(Agreement.class);
            for (Iterator<String> it = byLevel.propertyNames().iterator(); it.hasNext(); ) {
                String name = it.next();
                Agreement level = level(field, name, schema == null ? null : schema.get(field));
                JsonNode mu = byLevel.get(name);
                try {
                    parsed.put(level, new Level(mu.path("m").asDouble(), mu.path("u").asDouble()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("comparisons." + field + "." + name + ": " + e.getMessage(), e);
                }
            }
            levels.put(field, parsed);
        }
        if (schema != null) {
            for (Map.Entry<String, Set<Agreement>> f : schema.entrySet()) {
                Map<Agreement, Level> given = levels.get(f.getKey());
                if (given == null) {
                    throw new IllegalArgumentException("comparisons." + f.getKey() + " is missing: every field needs its levels "
                            + names(f.getValue()));
                }
                for (Agreement l : f.getValue()) {
                    if (!given.containsKey(l)) {
                        throw new IllegalArgumentException("comparisons." + f.getKey() + "." + l + " is missing: " + f.getKey()
                                + " needs every one of " + names(f.getValue()));
                    }
                }
            }
        }
        double prior = node.path("prior").asDouble();
        if (!(prior > 0 && prior < 1)) {
            throw new IllegalArgumentException("prior must lie strictly between 0 and 1: " + node.path("prior"));
        }
        return new Weights(prior, levels);
    }

    private static Agreement level(String field, String name, Set<Agreement> allowed) {
        Agreement level;
        try {
            level = Agreement.valueOf(name);
        } catch (IllegalArgumentException e) {
            Collection<String> valid = allowed == null ? names(Set.of(Agreement.values())) : names(allowed);
            throw new IllegalArgumentException("comparisons." + field + "." + name + " is not a level" + suggestion(name, valid), e);
        }
        if (allowed != null && !allowed.contains(level)) {
            throw new IllegalArgumentException("comparisons." + field + "." + name + " is not a level of " + field
                    + suggestion(name, names(allowed)));
        }
        return level;
    }

    private static Collection<String> names(Set<Agreement> levels) {
        return levels.stream().map(Enum::name).sorted().toList();
    }

    /** "; did you mean X?" with the valid name nearest to the one given, and the valid names. */
    static String suggestion(String given, Collection<String> valid) {
        return NearestName.suggest(given, valid).map(n -> "; did you mean " + n + "?").orElse("")
                + " (valid: " + String.join(", ", valid) + ")";
    }

    /** The weight in bits of a field agreeing at a level; 0 for a level the model does not name, or none. */
    public double weight(String field, Agreement level) {
        Level l = level(field, level);
        return l == null ? 0 : l.weight();
    }

    private Level level(String field, Agreement level) {
        EnumMap<Agreement, Level> byLevel = levels.get(field);
        return byLevel == null || level == null ? null : byLevel.get(level);
    }

    /** A field's weights by level, for a comparator to hold: the same values as {@link #weight} and {@link #u}. */
    public FieldWeights field(String field) {
        Agreement[] all = Agreement.values();
        double[] w = new double[all.length];
        double[] uu = new double[all.length];
        for (Agreement level : all) {
            w[level.ordinal()] = weight(field, level);
            uu[level.ordinal()] = u(field, level);
        }
        return new FieldWeights(field, w, uu);
    }

    /** The u probability of a (field, level), for term-frequency adjustment; 0 when not in the model. */
    public double u(String field, Agreement level) {
        Level l = level(field, level);
        return l == null ? 0 : l.u();
    }

    /** The m probability of a (field, level), for starting an estimate; 0 when not in the model. */
    public double m(String field, Agreement level) {
        Level l = level(field, level);
        return l == null ? 0 : l.m();
    }

    /** Every field with its levels, in the model's order. */
    public Map<String, Map<Agreement, Level>> levels() {
        Map<String, Map<Agreement, Level>> out = new LinkedHashMap<>();
        levels.forEach((f, l) -> out.put(f, Collections.unmodifiableMap(l)));
        return Collections.unmodifiableMap(out);
    }

    /** The prior: the probability that two mentions drawn at random are the same. */
    public double prior() {
        return prior;
    }

    /** log2 of the prior odds. */
    public double priorWeight() {
        return priorWeight;
    }

    public static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
