package org.crosslink.resolve.compare;

import java.util.Objects;

/** The outcome of comparing one field of two records: the field, the level, and the weight it earned (bits). */
public record Comparison(String field, Agreement level, double weight) {
    public Comparison {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(level, "level");
    }
}
