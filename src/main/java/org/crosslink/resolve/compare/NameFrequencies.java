package org.crosslink.resolve.compare;

import java.util.Map;

import org.crosslink.resolve.normalise.Names;

/**
 * How common a name is in the population: the probability that a random person bears it. Agreement on
 * a common name (Smith, Khan, Nguyen) is weaker evidence than agreement on a rare one; this table
 * scales it down. Fixed from configuration, so that scores do not depend on the order reports arrive in.
 */
public final class NameFrequencies {
    private final Map<String, Double> family;
    private final Map<String, Double> given;

    public NameFrequencies(Map<String, Double> family, Map<String, Double> given) {
        this.family = Map.copyOf(family);
        this.given = Map.copyOf(given);
    }

    public static NameFrequencies none() {
        return new NameFrequencies(Map.of(), Map.of());
    }

    /** Frequency of a normalised family name, or 0 when the table does not know it. */
    public double family(String normalised) {
        return normalised == null ? 0 : family.getOrDefault(Names.compact(normalised), 0.0);
    }

    /** Frequency of a normalised given name, or 0 when the table does not know it. */
    public double given(String normalised) {
        return normalised == null ? 0 : given.getOrDefault(Names.compact(normalised), 0.0);
    }
}
