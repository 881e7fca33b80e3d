package org.crosslink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch's {@link WriteSet} with JDBC batches, table by table: inserts, then updates, then
 * deletes, which keeps the order every row went through within the batch. The caller owns the
 * transaction.
 */
public final class BatchWriter {

    public void write(Connection c, WriteSet w) throws SQLException {
        deliveries(c, w.deliveries.items());
        counts(c, w.deliveries.items());
        reports(c, w.reportInserts.items(), w.reportUpdates.items());
        entities(c, w.entityInserts.items(), w.entityUpdates.items());
        mentions(c, w);
        links(c, w);
        events(c, w.events.items());
        outbox(c, w.outbox.items());
        erasures(c, w.erasures.items());
        models(c, w.models.items());
    }

    /** An erased report keeps its identity and its grading; its content (the body, the warnings) goes. */
    private static void erasures(Connection c, List<Rows.Erasure> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE report SET body = NULL, warnings = NULL, erased_at = ?, erasure_reason = ? WHERE report_key = ?")) {
            for (Rows.Erasure e : rows) {
                ps.setTimestamp(1, ts(e.at()));
                ps.setString(2, e.reason());
                ps.setString(3, e.reportKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void outbox(Connection c, List<Rows.Outbox> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox (id, alert_id, version, state, created_at) VALUES (?, ?, ?, ?, ?)")) {
            for (Rows.Outbox o : rows) {
                ps.setLong(1, o.id());
                ps.setString(2, o.alertId());
                ps.setInt(3, o.version());
                ps.setString(4, o.state());
                ps.setTimestamp(5, ts(o.createdAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void deliveries(Connection c, List<Rows.Delivery> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO delivery (message_key, source, report_key, revision, outcome, reason, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Rows.Delivery d : rows) {
                ps.setString(1, d.messageKey());
                ps.setString(2, d.source());
                ps.setString(3, d.reportKey());
                setInt(ps, 4, d.revision());
                ps.setString(5, d.outcome());
                ps.setString(6, d.reason());
                ps.setTimestamp(7, ts(d.processedAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The running totals: one row per (source, outcome), created the first time it is needed. */
    private static void counts(Connection c, List<Rows.Delivery> rows) throws SQLException {
        Map<List<String>, Long> deltas = new LinkedHashMap<>();
        for (Rows.Delivery d : rows) {
            deltas.merge(List.of(d.source(), d.outcome()), 1L, Long::sum);
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE intake_count SET n = n + ? WHERE source = ? AND outcome = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO intake_count (source, outcome, n) VALUES (?, ?, ?)")) {
            for (Map.Entry<List<String>, Long> e : deltas.entrySet()) {
                up.setLong(1, e.getValue());
                up.setString(2, e.getKey().get(0));
                up.setString(3, e.getKey().get(1));
                if (up.executeUpdate() == 0) {
                    ins.setString(1, e.getKey().get(0));
                    ins.setString(2, e.getKey().get(1));
                    ins.setLong(3, e.getValue());
                    ins.executeUpdate();
                }
            }
        }
    }

    private static void reports(Connection c, List<Rows.Report> inserts, List<Rows.Report> updates) throws SQLException {
        if (!inserts.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO report (source, report_id, revision, reported_at, received_at, "
                    + "sender, investigation, grading, handling, exploitation, person_refs, location_refs, body, warnings, report_key) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Rows.Report r : inserts) {
                    bindReport(ps, r);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!updates.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE report SET source = ?, report_id = ?, revision = ?, reported_at = ?, "
                    + "received_at = ?, sender = ?, investigation = ?, grading = ?, handling = ?, exploitation = ?, person_refs = ?, "
                    + "location_refs = ?, body = ?, warnings = ? WHERE report_key = ?")) {
                for (Rows.Report r : updates) {
                    bindReport(ps, r);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void bindReport(PreparedStatement ps, Rows.Report r) throws SQLException {
        ps.setString(1, r.source());
        ps.setString(2, r.reportId());
        ps.setInt(3, r.revision());
        ps.setTimestamp(4, ts(r.reportedAt()));
        ps.setTimestamp(5, ts(r.receivedAt()));
        ps.setString(6, r.sender());
        ps.setString(7, r.investigation());
        ps.setString(8, r.grading());
        ps.setString(9, r.handling());
        ps.setString(10, r.exploitation());
        ps.setString(11, r.personRefs());
        ps.setString(12, r.locationRefs());
        ps.setBytes(13, r.body());
        ps.setString(14, r.warnings());
        ps.setString(15, r.reportKey());
    }

    /** A retired or revived entity's state: updated, or inserted the first time it changes. */
    private static void entities(Connection c, List<Rows.Entity> inserts, List<Rows.Entity> updates) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE entity SET kind = ?, created_seq = ?, active = ?, merged_into = ?, updated_at = ? WHERE id = ?");
             PreparedStatement ins = c.prepareStatement(
                     "INSERT INTO entity (kind, created_seq, active, merged_into, updated_at, id) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Rows.Entity e : updates) {
                bindEntity(up, e);
                if (up.executeUpdate() == 0) {
                    bindEntity(ins, e);
                    ins.executeUpdate();
                }
            }
        }
    }

    private static void bindEntity(PreparedStatement ps, Rows.Entity e) throws SQLException {
        ps.setString(1, e.kind());
        ps.setLong(2, e.createdSeq());
        ps.setBoolean(3, e.active());
        ps.setString(4, e.mergedInto());
        ps.setTimestamp(5, ts(e.at()));
        ps.setString(6, e.id());
    }

    private static void mentions(Connection c, WriteSet w) throws SQLException {
        if (!w.mentionInserts.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention (id, kind, mention_key, report_key, ref, revision, seq, "
                    + "entity_id, record, blocking_keys, facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Rows.Mention m : w.mentionInserts.items()) {
                    ps.setLong(1, m.id());
                    ps.setString(2, m.kind());
                    ps.setString(3, m.mentionKey());
                    ps.setString(4, m.reportKey());
                    ps.setString(5, m.ref());
                    ps.setInt(6, m.revision());
                    ps.setLong(7, m.seq());
                    ps.setString(8, m.entityId());
                    ps.setString(9, m.record());
                    ps.setBytes(10, m.blockingKeys());
                    ps.setString(11, m.facts());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!w.mentionUpdates.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE mention SET entity_id = ? WHERE id = ?")) {
                for (Rows.MentionEntity m : w.mentionUpdates.items()) {
                    ps.setString(1, m.entityId());
                    ps.setLong(2, m.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void linkInserts(Connection c, List<Rows.LinkChange> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO link (mention_a, mention_b, kind, outcome, probability, total, evidence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Rows.LinkChange change : rows) {
                Rows.Link l = change.link();
                ps.setLong(1, l.a());
                ps.setLong(2, l.b());
                ps.setString(3, l.kind());
                ps.setString(4, l.outcome());
                ps.setDouble(5, l.probability());
                ps.setDouble(6, l.total());
                ps.setString(7, l.evidence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void linkDeletes(Connection c, List<Rows.LinkChange> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM link WHERE mention_a = ? AND mention_b = ?")) {
            for (Rows.LinkChange change : rows) {
                ps.setLong(1, change.link().a());
                ps.setLong(2, change.link().b());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A new model is stored with its version; the one put to use becomes the only active one. */
    private static void models(Connection c, List<Rows.Model> rows) throws SQLException {
        for (Rows.Model m : rows) {
            if (m.active()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE person_model SET active = FALSE WHERE active")) {
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO person_model (version, trained_at, active, mentions, body) VALUES (?, ?, ?, ?, ?)")) {
                ps.setInt(1, m.version());
                ps.setTimestamp(2, Timestamp.from(m.trainedAt()));
                ps.setBoolean(3, m.active());
                ps.setInt(4, m.mentions());
                ps.setString(5, m.body());
                ps.executeUpdate();
            }
        }
    }

    private static void links(Connection c, WriteSet w) throws SQLException {
        List<Rows.LinkChange> changes = w.linkChanges.items();
        // in the order made: a new model takes a pair's link away and may give it again, with new evidence
        for (int from = 0; from < changes.size(); ) {
            boolean removed = changes.get(from).removed();
            int to = from;
            while (to < changes.size() && changes.get(to).removed() == removed) {
                to++;
            }
            if (removed) {
                linkDeletes(c, changes.subList(from, to));
            } else {
                linkInserts(c, changes.subList(from, to));
            }
            from = to;
        }
        NearMisses.write(c, w.nearMisses.items(), w.nearMissResets.items());
        if (!w.mentionDeletes.isEmpty()) {
            try (PreparedStatement a = c.prepareStatement("DELETE FROM link WHERE mention_a = ?");
                 PreparedStatement b = c.prepareStatement("DELETE FROM link WHERE mention_b = ?");
                 PreparedStatement m = c.prepareStatement("DELETE FROM mention WHERE id = ?")) {
                for (long id : w.mentionDeletes.items()) {
                    a.setLong(1, id);
                    a.addBatch();
                    b.setLong(1, id);
                    b.addBatch();
                    m.setLong(1, id);
                    m.addBatch();
                }
                a.executeBatch();
                b.executeBatch();
                m.executeBatch();
            }
            NearMisses.deleteOf(c, w.mentionDeletes.items());
            // the console's search index deletes a gone mention's rows behind the bus; an erasure deletes them here,
            // so that the erased report's terms go in the transaction that erases its content
            SearchStore.noteGone(c, w.mentionDeletes.items());
            if (!w.erasures.isEmpty()) {
                SearchStore.deleteRows(c, w.mentionDeletes.items());
            }
        }
    }

    private static void events(Connection c, List<Rows.EntityEvent> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entity_event (id, at, kind, entity_id, others, cause, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Rows.EntityEvent e : rows) {
                ps.setLong(1, e.id());
                ps.setTimestamp(2, ts(e.at()));
                ps.setString(3, e.kind());
                ps.setString(4, e.entityId());
                ps.setString(5, e.others());
                ps.setString(6, e.cause());
                ps.setString(7, e.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
