package org.crosslink.alert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An alert as it stands after one change: what the outbox publishes and what the alert book remembers.
 * {@code evidence} are the contributing mentions as {@code SOURCE/REPORT_ID#REF@REVISION}.
 */
public record AlertState(String alertId, AlertType type, String subject, AlertStatus status, int version, String fingerprint,
                         Severity severity, List<String> entityIds, List<String> evidence, List<String> sources,
                         List<String> recipients, boolean childInvolved, String summary, String reason,
                         Instant raisedAt, Instant updatedAt) {
    public AlertState {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        entityIds = List.copyOf(entityIds);
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
        recipients = List.copyOf(recipients);
    }

    public boolean isActive() {
        return status != AlertStatus.WITHDRAWN;
    }

    /** The id of one published version: what the broker's duplicate detection sees. */
    public String messageId() {
        return alertId + "#" + version;
    }
}
