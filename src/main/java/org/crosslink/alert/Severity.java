package org.crosslink.alert;

/** How urgently the recipients should look. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public Severity atLeast(Severity other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
