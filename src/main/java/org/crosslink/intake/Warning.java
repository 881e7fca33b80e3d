package org.crosslink.intake;

import java.util.Objects;

/** A data-quality warning kept with an accepted report: a code, the JSON pointer of the value, a message. */
public record Warning(WarningCode code, String pointer, String message) {
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }
}
