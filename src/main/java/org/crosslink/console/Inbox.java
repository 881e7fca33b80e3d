package org.crosslink.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.crosslink.alert.AlertState;
import org.crosslink.alert.AlertStatus;
import org.crosslink.store.AlertHandlingStore;

/**
 * Every alert as the console shows it: its latest state, its history (raised, updated, withdrawn) and how it is
 * being handled (seen, assigned). Built at start from the outbox and the handling table, then kept current by
 * the bus (each published change) and by the console itself (each acknowledgement). Held in memory: the inbox is
 * read on every page load and must not scan the outbox.
 */
final class Inbox {
    /** One change of an alert. */
    record Change(int version, AlertStatus status, Instant at, String reason) {
    }

    /** An alert with its history and handling; replaced whole on each change, so readers never see half of one. */
    record Entry(AlertState alert, List<Change> history, List<AlertHandlingStore.Row> handling) {
        AlertHandlingStore.Row lastHandling() {
            return handling.isEmpty() ? null : handling.get(handling.size() - 1);
        }

        /** The latest assignment, if any. */
        AlertHandlingStore.Row assignment() {
            for (int i = handling.size() - 1; i >= 0; i--) {
                if ("ASSIGNED".equals(handling.get(i).action())) {
                    return handling.get(i);
                }
            }
            return null;
        }
    }

    /** What a list of alerts is narrowed to; a null or empty field does not narrow. */
    record Filter(String type, String severity, String force, String status) {
        boolean admits(Entry e) {
            AlertState a = e.alert();
            return (blank(type) || a.type().name().equals(type))
                    && (blank(severity) || a.severity().name().equals(severity))
                    && (blank(force) || a.sources().contains(force))
                    && (blank(status) || status(e).equals(status) || a.status().name().equals(status));
        }

        /** OPEN, NEW (open, not yet seen by anyone), IN_HAND (seen or assigned), WITHDRAWN. */
        static String status(Entry e) {
            if (e.alert().status() == AlertStatus.WITHDRAWN) {
                return "WITHDRAWN";
            }
            return e.handling().isEmpty() ? "NEW" : "IN_HAND";
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    private final Map<String, Entry> alerts = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> byEntity = new ConcurrentHashMap<>();

    /** A published change of an alert; an older version than the one held (a re-send) changes nothing. */
    synchronized Entry apply(AlertState a, Instant at) {
        // the persons at the places are the outbox's, for the relay: the inbox, held for every alert, keeps none
        a = a.withoutPlaceAssociates();
        Entry before = alerts.get(a.alertId());
        if (before != null && before.alert().version() >= a.version()) {
            return before;
        }
        List<Change> history = new ArrayList<>(before == null ? List.of() : before.history());
        history.add(new Change(a.version(), a.status(), at, a.reason()));
        Entry e = new Entry(a, List.copyOf(history), before == null ? List.of() : before.handling());
        alerts.put(a.alertId(), e);
        for (String entity : a.entityIds()) {
            byEntity.computeIfAbsent(entity, k -> ConcurrentHashMap.newKeySet()).add(a.alertId());
        }
        return e;
    }

    /** An acknowledgement or assignment; null when the alert is unknown. */
    synchronized Entry handled(AlertHandlingStore.Row row) {
        Entry before = alerts.get(row.alertId());
        if (before == null) {
            return null;
        }
        List<AlertHandlingStore.Row> handling = new ArrayList<>(before.handling());
        handling.add(row);
        Entry e = new Entry(before.alert(), before.history(), List.copyOf(handling));
        alerts.put(row.alertId(), e);
        return e;
    }

    Entry get(String alertId) {
        return alerts.get(alertId);
    }

    /** The viewer's alerts that pass the filter, newest change first, at most {@code limit}. */
    List<Entry> list(Viewer viewer, Filter filter, int limit) {
        return alerts.values().stream().filter(e -> viewer.receives(e.alert()) && filter.admits(e))
                .sorted(Comparator.comparing((Entry e) -> e.alert().updatedAt()).reversed()
                        .thenComparing(e -> e.alert().alertId()))
                .limit(limit).toList();
    }

    /** True when an alert the viewer receives concerns the entity: the viewer's subscription has been told of it. */
    boolean toldOf(Viewer viewer, String entityId) {
        for (String id : byEntity.getOrDefault(entityId, Set.of())) {
            Entry e = alerts.get(id);
            if (e != null && viewer.receives(e.alert())) {
                return true;
            }
        }
        return false;
    }

    /** The alerts on an entity the viewer receives. */
    List<Entry> on(Viewer viewer, String entityId) {
        List<Entry> out = new ArrayList<>();
        for (String id : byEntity.getOrDefault(entityId, Set.of())) {
            Entry e = alerts.get(id);
            if (e != null && viewer.receives(e.alert())) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing((Entry e) -> e.alert().updatedAt()).reversed());
        return out;
    }

    Collection<Entry> all() {
        return alerts.values();
    }
}
