package org.crosslink.audit;

import java.time.Instant;
import java.util.Objects;

/** One audit entry before it is chained: references only (report key, entity id, alert id), never content. */
public record AuditEntry(Instant at, String actor, AuditAction action, String reportKey, String entityId, String alertId,
                         String recipient, String detail) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        actor = actor == null ? "unknown" : actor;
        detail = detail == null ? "" : detail.length() > 2000 ? detail.substring(0, 2000) : detail;
    }
}
