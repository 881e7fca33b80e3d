package org.crosslink.dedupe;

/** What dedupe makes of an accepted report, given the revision the bus already holds. */
public enum Decision {
    /** The first revision the bus has seen of this report. */
    NEW,
    /** A higher revision: it supersedes the one the bus holds. */
    REVISION,
    /** The same source, report id and revision again: an exact re-delivery, dropped. */
    DUPLICATE,
    /** A lower revision arriving after a higher one: ignored. */
    SUPERSEDED
}
