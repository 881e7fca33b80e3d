package org.crosslink.intake;

/** A message body too large to read: only its size is known. Intake rejects it as OVERSIZE. */
public record Oversize(long bytes) {
}
