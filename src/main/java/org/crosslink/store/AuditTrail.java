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

    /** Everything that happened to one report, in order; each line names the entity it was about. */
    public static List<String> forReport(Database db, String reportKey) throws SQLException {
        return lines(db, Of.REPORT, reportKey);
    }

    /** Everything recorded about one entity (consultations, disclosures, combinations), in order. Reads the whole log. */
    public static List<String> forEntity(Database db, String entityId) throws SQLException {
        return lines(db, Of.ENTITY, entityId);
    }

    /** What a trail is of: the column it is found by, and the column (with its label) each line names beside it. */
    private enum Of {
        REPORT("report_key", "entity_id", "entity"),
        ENTITY("entity_id", "report_key", "report");

        final String column;
        final String other;
        final String otherLabel;

        Of(String column, String other, String otherLabel) {
            this.column = column;
            this.other = other;
            this.otherLabel = otherLabel;
        }
    }

    /** The entries by the column, or naming the value in their detail, a line each, in one read-only transaction. */
    private static List<String> lines(Database db, Of of, String value) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, action, " + of.other + ", alert_id, recipient, detail "
                    + "FROM audit_log WHERE " + of.column + " = ? OR detail LIKE ? ORDER BY seq")) {
                ps.setString(1, value);
                ps.setString(2, "%" + value + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(String.format("%6d %s %-12s %-12s %s%s%s%s", rs.getLong(1), rs.getTimestamp(2).toInstant(),
                                rs.getString(4), rs.getString(3), opt(of.otherLabel, rs.getString(5)), opt("alert", rs.getString(6)),
                                opt("to", rs.getString(7)), rs.getString(8)));
                    }
                }
            } finally {
                c.rollback();
            }
        }
        return out;
    }

    private static String opt(String label, String value) {
        return value == null ? "" : label + "=" + value + " ";
    }
}
