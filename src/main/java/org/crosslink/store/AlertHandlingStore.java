package org.crosslink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.crosslink.audit.AuditEntry;

/**
 * Acknowledgements and assignments of alerts ({@code alert_handling}, V20): appended with their audit entry in
 * one transaction, so that what the console shows as in hand is exactly what the audit log says was done.
 */
public final class AlertHandlingStore {
    private final Database db;
    private final AuditLog audit;

    public AlertHandlingStore(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** One acknowledgement or assignment. {@code action} is the console's word for it (SEEN, ASSIGNED). */
    public record Row(long id, String alertId, Instant at, String actor, String action, String assignee, String note) {
    }

    /** Appends the row and its audit entry; the row's id is the next after every stored one. */
    public Row append(String alertId, Instant at, String actor, String action, String assignee, String note, AuditEntry entry)
            throws SQLException {
        try (Connection c = db.connection()) {
            try {
                long id;
                try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM alert_handling");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_handling (id, alert_id, at, actor, action, assignee, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setString(2, alertId);
                    ps.setTimestamp(3, Timestamp.from(at));
                    ps.setString(4, actor);
                    ps.setString(5, action);
                    ps.setString(6, assignee);
                    ps.setString(7, note);
                    ps.executeUpdate();
                }
                audit.appendAndCommit(c, List.of(entry));
                return new Row(id, alertId, at, actor, action, assignee, note);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Every row, oldest first: the console's picture of who handles what, at start. */
    public List<Row> all() throws SQLException {
        List<Row> out = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT id, alert_id, at, actor, action, assignee, note FROM alert_handling ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Row(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
            }
            c.rollback();
        }
        return out;
    }
}
