package org.crosslink.intake;

import java.util.Objects;

/** One reason a report was rejected: a code, the JSON pointer of the offending value ("" for the whole body), a message. */
public record Rejection(RejectionCode code, String pointer, String message) {
    public Rejection {
        Objects.requireNonNull(code, "code");
        pointer = pointer == null ? "" : pointer;
        message = message == null ? code.name() : message;
    }
}
