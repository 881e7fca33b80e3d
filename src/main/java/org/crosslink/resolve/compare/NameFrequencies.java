package org.crosslink.resolve.compare;

import java.util.Map;

import org.crosslink.resolve.normalise.Names;

/**
 * How common a name is in the population: the probability that a random person bears it. Agreement on
 * a common name (Smith, Khan, Nguyen) is weaker evidence than agreement on a rare one; this table
 * scales it down. Fixed from configuration, so that scores do not depend on the order reports arrive in.
 */
public final class NameFrequencies {
    private final Table family;
    private final Table given;
    private final boolean commonOnly;

    /** The names a store bears, each with its share: a rare one is worth more than the average name, a common one less. */
    public NameFrequencies(Map<String, Double> family, Map<String, Double> given) {
        this(family, given, false);
    }

    private NameFrequencies(Map<String, Double> family, Map<String, Double> given, boolean commonOnly) {
        this.family = new Table(family);
        this.given = new Table(given);
        this.commonOnly = commonOnly;
    }

    /**
     * A list of common names only (the population's, for a store that has none of its own yet): a name on it is
     * worth at most the average name, never more, for a name not on it (worth the average) is rarer still. Nguyen,
     * Kaur and Singh, rarer in the whole population than two people's sharing some family name, are borne by whole
     * communities that the bus's reports come from.
     */
    public static NameFrequencies common(Map<String, Double> family, Map<String, Double> given) {
        return new NameFrequencies(family, given, true);
    }

    /** Whether the table lists common names only ({@link #common}). */
    public boolean commonOnly() {
        return commonOnly;
    }

    public static NameFrequencies none() {
        return new NameFrequencies(Map.of(), Map.of());
    }

    /** Frequency of a normalised family name, or 0 when the table does not know it. */
    public double family(String normalised) {
        return family.frequency(normalised);
    }

    /** Frequency of a normalised given name, or 0 when the table does not know it. */
    public double given(String normalised) {
        return given.frequency(normalised);
    }

    /**
     * One table, remembering the last name looked up: a new mention's name is asked for once a candidate, and
     * the table, cold in a large store, cost a few cache misses each time; names are interned, so identity tells.
     */
    private static final class Table {
        private final Map<String, Double> frequencies;
        private Last last = new Last(null, 0);

        Table(Map<String, Double> frequencies) {
            this.frequencies = Map.copyOf(frequencies);
        }

        double frequency(String normalised) {
            Last seen = last;
            if (normalised == seen.name()) {
                return seen.frequency();
            }
            seen = new Last(normalised, normalised == null ? 0 : frequencies.getOrDefault(Names.compact(normalised), 0.0));
            last = seen;
            return seen.frequency();
        }
    }

    /** Immutable, so a thread that reads another's memo sees the name with its own frequency. */
    private record Last(String name, double frequency) {
    }
}
