package org.crosslink.alert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An alert as it stands after one change: what the outbox publishes and what the alert book remembers.
 * {@code evidence} are the contributing mentions as {@code SOURCE/REPORT_ID#REF@REVISION}. {@code placeAssociates}
 * are the persons of other entities named in reports about the same places as the entity assessed, found as the
 * change was made ({@link RenderData.Association#placeEntry}): the outbox keeps them for the relay, the alert book
 * does not.
 */
public record AlertState(String alertId, AlertType type, String subject, AlertStatus status, int version, String fingerprint,
                         Severity severity, List<String> entityIds, List<String> evidence, List<String> sources,
                         List<String> recipients, boolean childInvolved, String summary, String reason,
                         Instant raisedAt, Instant updatedAt,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> placeAssociates) {
    public AlertState {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        entityIds = List.copyOf(entityIds);
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
        recipients = List.copyOf(recipients);
        placeAssociates = placeAssociates == null ? List.of() : List.copyOf(placeAssociates);
    }

    /** This change without them: what the alert book and the console's inbox, which hold every alert, keep. */
    public AlertState withoutPlaceAssociates() {
        return placeAssociates.isEmpty() ? this : withPlaceAssociates(List.of());
    }

    /** This change with the persons named at the same places (an alert written before them has none). */
    public AlertState withPlaceAssociates(List<String> associates) {
        return new AlertState(alertId, type, subject, status, version, fingerprint, severity, entityIds, evidence, sources,
                recipients, childInvolved, summary, reason, raisedAt, updatedAt, associates);
    }

    public boolean isActive() {
        return status != AlertStatus.WITHDRAWN;
    }

    /** The id of one published version: what the broker's duplicate detection sees. */
    public String messageId() {
        return alertId + "#" + version;
    }
}
