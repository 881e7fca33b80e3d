package org.crosslink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The audit log read for people: everything recorded about one report or one entity, a line an entry, in order. */
public final class AuditTrail {
    private AuditTrail() {
    }

    /** Everything that happened to one report, in order. */
    public static List<String> forReport(Database db, String reportKey) throws SQLException {
        try (Connection c = db.connection()) {
            try {
                return forReport(c, reportKey);
            } finally {
                c.rollback();
            }
        }
    }

    private static List<String> forReport(Connection c, String reportKey) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, action, entity_id, alert_id, recipient, detail "
                + "FROM audit_log WHERE report_key = ? OR detail LIKE ? ORDER BY seq")) {
            ps.setString(1, reportKey);
            ps.setString(2, "%" + reportKey + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(String.format("%6d %s %-12s %-12s %s%s%s%s", rs.getLong(1), rs.getTimestamp(2).toInstant(),
                            rs.getString(4), rs.getString(3), opt("entity", rs.getString(5)), opt("alert", rs.getString(6)),
                            opt("to", rs.getString(7)), rs.getString(8)));
                }
            }
        }
        return out;
    }

    /** Everything recorded about one entity (consultations, disclosures, combinations), in order. Reads the whole log. */
    public static List<String> forEntity(Database db, String entityId) throws SQLException {
        try (Connection c = db.connection()) {
            try {
                return forEntity(c, entityId);
            } finally {
                c.rollback();
            }
        }
    }

    private static List<String> forEntity(Connection c, String entityId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, action, report_key, alert_id, recipient, detail "
                + "FROM audit_log WHERE entity_id = ? OR detail LIKE ? ORDER BY seq")) {
            ps.setString(1, entityId);
            ps.setString(2, "%" + entityId + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(String.format("%6d %s %-12s %-12s %s%s%s%s", rs.getLong(1), rs.getTimestamp(2).toInstant(),
                            rs.getString(4), rs.getString(3), opt("report", rs.getString(5)), opt("alert", rs.getString(6)),
                            opt("to", rs.getString(7)), rs.getString(8)));
                }
            }
        }
        return out;
    }

    private static String opt(String label, String value) {
        return value == null ? "" : label + "=" + value + " ";
    }
}
