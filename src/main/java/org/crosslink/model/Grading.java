package org.crosslink.model;

import java.util.Objects;

/**
 * The 3x5x2 grading of a report: source evaluation (1 reliable, 2 untested, 3 not reliable),
 * intelligence assessment (A to E) and handling code (P or C).
 */
public record Grading(String source, String intelligence, Handling handling) {
    public Grading {
        Objects.requireNonNull(handling, "handling");
        if (source == null || source.length() != 1 || "123".indexOf(source.charAt(0)) < 0) {
            throw new IllegalArgumentException("grading.source must be 1, 2 or 3");
        }
        if (intelligence == null || intelligence.length() != 1 || "ABCDE".indexOf(intelligence.charAt(0)) < 0) {
            throw new IllegalArgumentException("grading.intelligence must be A to E");
        }
        source = Interned.of(source);
        intelligence = Interned.of(intelligence);
    }

    /** The compact form used in logs and alerts, e.g. {@code 1B P}. */
    public String code() {
        return source + intelligence + " " + handling;
    }
}
