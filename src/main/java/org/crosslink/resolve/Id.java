package org.crosslink.resolve;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.crosslink.model.IdentifierType;

/**
 * A normalised identifier: its type and canonical value, and whether its report gives it to several persons (an
 * e-mail address a gangmaster has every worker give): then it is the house's or a controller's, no one's own.
 */
public record Id(IdentifierType type, String value, @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean shared) {
    public Id {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        shared = Boolean.TRUE.equals(shared); // absent in what stores wrote before: false
    }

    public Id(IdentifierType type, String value) {
        this(type, value, false);
    }
}
