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
    // the last name looked up in each table: a new mention's name is asked for once a candidate, and the
    // table, cold in a large store, cost a few cache misses each time; names are interned, so identity tells
    private Last lastFamily = new Last(null, 0);
    private Last lastGiven = new Last(null, 0);

    /** Immutable, so a thread that reads another's memo sees the name with its own frequency. */
    private record Last(String name, double frequency) {
    }

    public NameFrequencies(Map<String, Double> family, Map<String, Double> given) {
        this.family = Map.copyOf(family);
        this.given = Map.copyOf(given);
    }

    public static NameFrequencies none() {
        return new NameFrequencies(Map.of(), Map.of());
    }

    /** Frequency of a normalised family name, or 0 when the table does not know it. */
    public double family(String normalised) {
        Last last = lastFamily;
        if (normalised == last.name()) {
            return last.frequency();
        }
        last = new Last(normalised, lookUp(family, normalised));
        lastFamily = last;
        return last.frequency();
    }

    /** Frequency of a normalised given name, or 0 when the table does not know it. */
    public double given(String normalised) {
        Last last = lastGiven;
        if (normalised == last.name()) {
            return last.frequency();
        }
        last = new Last(normalised, lookUp(given, normalised));
        lastGiven = last;
        return last.frequency();
    }

    private static double lookUp(Map<String, Double> table, String normalised) {
        return normalised == null ? 0 : table.getOrDefault(Names.compact(normalised), 0.0);
    }
}
