package org.crosslink.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the alert rules need to know of one revision of a report, kept in memory for every report:
 * who sent it, when, how it is graded and whether its investigation is open.
 */
public record ReportFacts(ReportKey key, int revision, Instant reportedAt, InvestigationStatus status,
                          Grading grading, List<Exploitation> exploitation) {
    public ReportFacts {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(grading, "grading");
        exploitation = exploitation == null ? List.of() : List.copyOf(exploitation);
    }

    public static ReportFacts of(Report r) {
        return new ReportFacts(r.key(), r.revision(), r.reportedAt(), r.investigationStatus(), r.grading(), r.exploitation());
    }

    public String source() {
        return key.source();
    }
}
