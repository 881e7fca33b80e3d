package org.crosslink.resolve;

/** A normalised given name and family name; either may be null. */
public record NamePair(String given, String family) {
    public boolean isEmpty() {
        return given == null && family == null;
    }
}
