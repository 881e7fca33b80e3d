package org.crosslink.resolve.score;

import org.crosslink.resolve.compare.Agreement;
import org.crosslink.resolve.compare.Comparison;

/**
 * One field's weights and u probabilities by level, read by index: a comparison reads a dozen weights for
 * every candidate, and a look-up by name in the whole table cost a twentieth of a mention at a million persons.
 */
public final class FieldWeights {
    private final String field;
    private final double[] weights;
    private final double[] u;

    FieldWeights(String field, double[] weights, double[] u) {
        this.field = field;
        this.weights = weights;
        this.u = u;
    }

    public String field() {
        return field;
    }

    /** The weight in bits of agreeing at a level; 0 for a level the configuration does not name, or none. */
    public double weight(Agreement level) {
        return level == null ? 0 : weights[level.ordinal()];
    }

    /** The greatest weight any level of the field earns (0 for a field not configured). */
    public double best() {
        double best = Double.NEGATIVE_INFINITY;
        for (double w : weights) {
            best = Math.max(best, w);
        }
        return best;
    }

    /** The u probability of a level, for term-frequency adjustment; 0 when not configured. */
    public double u(Agreement level) {
        return u[level.ordinal()];
    }

    /** The field compared at a level, with the weight it earns. */
    public Comparison at(Agreement level) {
        return new Comparison(field, level, weight(level));
    }
}
