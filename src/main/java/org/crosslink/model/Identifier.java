package org.crosslink.model;

import java.util.Objects;

/** An identifier as a report gives it; {@code rawType} keeps a type we did not recognise. */
public record Identifier(IdentifierType type, String rawType, String value) {
    public Identifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        rawType = rawType == null ? type.name() : rawType;
    }

    public Identifier(IdentifierType type, String value) {
        this(type, type.name(), value);
    }
}
