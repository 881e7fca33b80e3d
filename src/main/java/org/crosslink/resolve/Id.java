package org.crosslink.resolve;

import java.util.Objects;

import org.crosslink.model.IdentifierType;

/** A normalised identifier: its type and canonical value. */
public record Id(IdentifierType type, String value) {
    public Id {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
