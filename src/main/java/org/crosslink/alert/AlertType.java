package org.crosslink.alert;

/** The rules that join the dots. */
public enum AlertType {
    /** A person is known to two or more sources. */
    CROSS_FORCE_PERSON,
    /** A place is known to two or more sources, or is reported again and again within a window (a hotspot). */
    CROSS_FORCE_LOCATION,
    /** A potential victim is, in another report, arrested, charged, held in custody or in immigration detention. */
    VICTIM_TREATED_AS_OFFENDER,
    /** A report is revised to CLOSED or NFA while another source holds open intelligence on the same entity. */
    PREMATURE_CLOSURE,
    /** The NCA and a force both hold intelligence on the same entity. */
    NCA_OVERLAP,
    /**
     * A person known to one source is possibly the same as a person known to another: evidence in the
     * possible-match band, short of joining them, for a coordinator to review. Coordinators only.
     */
    POSSIBLE_MATCH;

    /** True for a type that goes to the coordinators alone, not to the sources involved. */
    public boolean coordinatorsOnly() {
        return this == POSSIBLE_MATCH;
    }
}
