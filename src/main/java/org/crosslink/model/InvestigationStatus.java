package org.crosslink.model;

/** Where the reporting force's investigation stands. */
public enum InvestigationStatus {
    OPEN, CLOSED, NFA;

    /** CLOSED and NFA (no further action) both end an investigation. */
    public boolean isClosed() {
        return this != OPEN;
    }
}
