package org.crosslink.audit;

/** What the audit log records (Data Protection Act 2018, Part 3, s62). */
public enum AuditAction {
    /** A report accepted: who sent it, when. */
    COLLECTION,
    /** A new revision of a report. */
    ALTERATION,
    /** Entities merged or split, with the reason. */
    COMBINATION,
    /** An alert delivered to a recipient: which reports' content it disclosed, and under which rule. */
    DISCLOSURE,
    /** A person looked at what the bus holds (explain). */
    CONSULTATION,
    /** A report's content erased under the retention rules, with the reason. */
    ERASURE
}
