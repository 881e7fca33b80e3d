package org.crosslink.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crosslink.model.MentionKey;

/** Read-only questions to the store, for commands: running totals, the entity export. */
public final class Queries {
    private final Database db;

    public Queries(Database db) {
        this.db = db;
    }

    /** Messages processed so far, by outcome, over every source. */
    public Map<String, Long> counts() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT outcome, SUM(n) FROM intake_count WHERE source <> '#control' GROUP BY outcome");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
            c.rollback();
        }
        return out;
    }

    /** What became of one message (its delivery's reason: for a control message, the bus's answer), or null if not yet processed. */
    public String deliveryReason(String messageKey) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT reason FROM delivery WHERE message_key = ?")) {
            ps.setString(1, messageKey);
            try (ResultSet rs = ps.executeQuery()) {
                String reason = rs.next() ? rs.getString(1) : null;
                c.rollback();
                return reason;
            }
        }
    }

    /** One line per current person and location mention: source, reportId, ref, kind, entityId (DESIGN.md). */
    public long exportEntities(Writer out) throws SQLException {
        long n = 0;
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT mention_key, kind, entity_id FROM mention ORDER BY id")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MentionKey key = MentionKey.parse(rs.getString(1));
                    Map<String, String> line = new LinkedHashMap<>();
                    line.put("source", key.report().source());
                    line.put("reportId", key.report().reportId());
                    line.put("ref", key.ref());
                    line.put("kind", "P".equals(rs.getString(2)) ? "PERSON" : "LOCATION");
                    line.put("entityId", rs.getString(3));
                    out.write(Json.write(line));
                    out.write('\n');
                    n++;
                }
            }
            c.rollback();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
