package org.crosslink.resolve;

import org.crosslink.model.Interned;

/** A normalised given name and family name; either may be null. */
public record NamePair(String given, String family) {
    public NamePair {
        given = Interned.of(given);
        family = Interned.of(family);
    }

    public boolean isEmpty() {
        return given == null && family == null;
    }
}
