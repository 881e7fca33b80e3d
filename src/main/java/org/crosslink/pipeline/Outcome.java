package org.crosslink.pipeline;

/** What became of one message taken from an inbound queue. Every message ends in exactly one. */
public enum Outcome {
    /** A new report or a new revision, taken into the picture. */
    ACCEPTED,
    /** Structurally bad: sent to the source's rejected queue with the reasons. */
    REJECTED,
    /** An exact re-delivery of a report the bus holds (same source, id and revision). */
    DUPLICATE,
    /** A lower revision of a report the bus holds at a higher revision. */
    SUPERSEDED,
    /** Processing failed after every retry: sent to the dead-letter queue with the exception. */
    DEAD_LETTERED,
    /** An operator's control message (an erasure request), not a report: never counted with reports. */
    CONTROL,
    /** The broker delivered again a message whose effects were already committed (after a crash): acknowledged, not counted again. */
    REDELIVERED
}
