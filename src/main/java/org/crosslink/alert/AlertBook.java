package org.crosslink.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosslink.model.MentionFacts;
import org.crosslink.undo.UndoLog;

/**
 * Every alert and its current state, in memory (loaded from the database at start). Given an entity's
 * findings, decides each alert's next state: RAISED for new ground, UPDATED for new evidence, nothing for
 * the same evidence, WITHDRAWN when the ground has gone (a split, an erasure, a merge into another entity).
 */
public final class AlertBook {
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private final Map<String, AlertState> alerts = new HashMap<>();
    private final Map<String, Set<String>> byEntity = new HashMap<>();
    private final Recipients recipients;

    public AlertBook(Recipients recipients) {
        this.recipients = recipients;
    }

    /**
     * The changes to the alerts on one entity, given what the rules find on it now (nothing, for an entity
     * that no longer exists).
     */
    public List<AlertState> assess(String entityId, List<Finding> findings, String reasonIfGone, Instant now, UndoLog undo) {
        List<AlertState> changes = new ArrayList<>();
        Set<String> current = new LinkedHashSet<>();
        for (Finding f : findings) {
            String id = alertId(f.type(), f.subject());
            current.add(id);
            AlertState before = alerts.get(id);
            if (before != null && before.isActive() && before.fingerprint().equals(f.fingerprint())) {
                continue;
            }
            AlertStatus status = before == null || !before.isActive() ? AlertStatus.RAISED : AlertStatus.UPDATED;
            List<String> sources = f.sources();
            AlertState next = new AlertState(id, f.type(), f.subject(), status, before == null ? 1 : before.version() + 1,
                    f.fingerprint(), f.severity(), f.entityIds(), evidence(f.evidence()), sources, recipients.of(f.type(), sources),
                    f.evidence().stream().anyMatch(MentionFacts::child), f.summary(), null,
                    before == null || !before.isActive() ? now : before.raisedAt(), now, List.of());
            put(next, undo);
            changes.add(next);
        }
        for (String id : List.copyOf(byEntity.getOrDefault(entityId, Set.of()))) {
            AlertState before = alerts.get(id);
            if (before.isActive() && !current.contains(id)) {
                AlertState withdrawn = new AlertState(id, before.type(), before.subject(), AlertStatus.WITHDRAWN,
                        before.version() + 1, "", before.severity(), before.entityIds(), List.of(), before.sources(),
                        before.recipients(), before.childInvolved(), "Withdrawn: " + before.summary(), reasonIfGone,
                        before.raisedAt(), now, List.of());
                put(withdrawn, undo);
                changes.add(withdrawn);
            }
        }
        return changes;
    }

    private void put(AlertState state, UndoLog undo) {
        AlertState before = alerts.put(state.alertId(), state);
        List<String> added = new ArrayList<>();
        for (String entity : state.entityIds()) {
            if (byEntity.computeIfAbsent(entity, k -> new LinkedHashSet<>()).add(state.alertId())) {
                added.add(entity);
            }
        }
        undo.push(() -> {
            if (before == null) {
                alerts.remove(state.alertId());
            } else {
                alerts.put(state.alertId(), before);
            }
            for (String entity : added) {
                byEntity.get(entity).remove(state.alertId());
            }
        });
    }

    /** Loads a stored alert at start-up. */
    public void restore(AlertState state) {
        state = state.withoutPlaceAssociates(); // the outbox's, not the book's
        alerts.put(state.alertId(), state);
        for (String entity : state.entityIds()) {
            byEntity.computeIfAbsent(entity, k -> new LinkedHashSet<>()).add(state.alertId());
        }
    }

    /** True when some alert, active or not, concerns the entity. */
    public boolean hasAlerts(String entityId) {
        Set<String> ids = byEntity.get(entityId);
        return ids != null && !ids.isEmpty();
    }

    public AlertState get(String alertId) {
        return alerts.get(alertId);
    }

    public Collection<AlertState> all() {
        return alerts.values();
    }

    private static List<String> evidence(List<MentionFacts> facts) {
        return facts.stream().map(f -> f.key() + "@" + f.report().revision()).toList();
    }

    /** A stable id from the type and the subject: the same alert whatever order the evidence arrived in. */
    public static String alertId(AlertType type, String subject) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((type + "|" + subject).getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | (d[i] & 0xff);
            }
            StringBuilder sb = new StringBuilder("A-");
            for (int i = 0; i < 12; i++) {
                sb.append(BASE32[(int) (bits >>> 59)]);
                bits <<= 5;
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
