package org.crosslink.intake;

import java.util.List;

import org.crosslink.model.Report;

/** What intake made of one message: an accepted report with its warnings, or a rejection with its reasons. */
public sealed interface IntakeResult {

    /** An accepted report; {@code body} is the JSON as received, kept as the record of collection. */
    record Accepted(Report report, String body, List<Warning> warnings) implements IntakeResult {
        public Accepted {
            warnings = List.copyOf(warnings);
        }
    }

    /** A rejected message; {@code reportId} and {@code revision} are given when they could be read. */
    record Rejected(List<Rejection> reasons, String reportId, Integer revision) implements IntakeResult {
        public Rejected {
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a rejection has at least one reason");
            }
            reasons = List.copyOf(reasons);
        }

        public RejectionCode code() {
            return reasons.get(0).code();
        }
    }
}
