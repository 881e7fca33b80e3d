package org.crosslink.model;

import java.time.Instant;
import java.util.Objects;

/** Something that happened to a person in a report; {@code at} may be unknown. */
public record Event(EventType type, String personRef, Instant at) {
    public Event {
        Objects.requireNonNull(type, "type");
    }
}
