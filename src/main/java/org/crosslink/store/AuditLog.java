package org.crosslink.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.crosslink.audit.AuditAction;
import org.crosslink.audit.AuditEntry;

/**
 * The append-only, hash-chained audit log. Entries are appended in the transaction of the change they
 * record (a batch, an alert publication, an erasure), and the chain's head moves in that transaction too,
 * so a rolled-back change leaves no entry and no gap. {@link #verify} recomputes the chain.
 */
public final class AuditLog {
    private final ReentrantLock lock = new ReentrantLock();

    /**
     * Appends the entries in the caller's transaction and commits it, holding the chain for the whole
     * commit so that entries from concurrent writers never interleave.
     */
    public void appendAndCommit(Connection c, List<AuditEntry> entries) throws SQLException {
        lock.lock();
        try {
            if (!entries.isEmpty()) {
                append(c, entries);
            }
            c.commit();
        } finally {
            lock.unlock();
        }
    }

    /** Appends the entries in a transaction of their own (a consultation, which changes nothing else). */
    public void append(Database db, List<AuditEntry> entries) throws SQLException {
        try (Connection c = db.connection()) {
            try {
                appendAndCommit(c, entries);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void append(Connection c, List<AuditEntry> entries) throws SQLException {
        long seq;
        String prev;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            prev = rs.getString(2);
        }
        long first = seq;
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO audit_log (seq, at, actor, action, report_key, entity_id, "
                + "alert_id, recipient, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEntry e : entries) {
                seq++;
                String hash = hash(prev, seq, e);
                ins.setLong(1, seq);
                ins.setTimestamp(2, Timestamp.from(e.at()));
                ins.setString(3, e.actor());
                ins.setString(4, e.action().name());
                ins.setString(5, e.reportKey());
                ins.setString(6, e.entityId());
                ins.setString(7, e.alertId());
                ins.setString(8, e.recipient());
                ins.setString(9, e.detail());
                ins.setString(10, prev);
                ins.setString(11, hash);
                ins.addBatch();
                prev = hash;
            }
            ins.executeBatch();
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1 AND seq = ?")) {
            up.setLong(1, seq);
            up.setString(2, prev);
            up.setLong(3, first);
            if (up.executeUpdate() != 1) {
                throw new SQLException("the audit chain moved under this writer");
            }
        }
    }

    /** The outcome of checking the chain: how many entries, and the first that does not fit, if any. */
    public record Verification(long entries, Long firstBroken, String problem) {
        public boolean intact() {
            return firstBroken == null;
        }
    }

    /** Recomputes the whole chain, read in one transaction. */
    public Verification verify(Database db) throws SQLException {
        try (Connection c = db.connection()) {
            try {
                return verify(c);
            } finally {
                c.rollback();
            }
        }
    }

    public Verification verify(Connection c) throws SQLException {
        long count = 0;
        long expectedSeq = 1;
        String prev = "0".repeat(64);
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, action, report_key, entity_id, alert_id, recipient, "
                + "detail, prev_hash, hash FROM audit_log ORDER BY seq")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    AuditEntry e = entry(rs);
                    if (seq != expectedSeq) {
                        return new Verification(count, expectedSeq, "entry " + expectedSeq + " is missing");
                    }
                    if (!prev.equals(rs.getString(10))) {
                        return new Verification(count, seq, "entry " + seq + " does not follow entry " + (seq - 1));
                    }
                    if (!hash(prev, seq, e).equals(rs.getString(11))) {
                        return new Verification(count, seq, "entry " + seq + " was altered");
                    }
                    prev = rs.getString(11);
                    expectedSeq++;
                    count++;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) != count || !rs.getString(2).equals(prev)) {
                return new Verification(count, count + 1, "the chain ends at entry " + count + " but the head says " + rs.getLong(1));
            }
        }
        return new Verification(count, null, null);
    }

    /** Everything that happened to one report, in order. */
    public List<String> forReport(Database db, String reportKey) throws SQLException {
        try (Connection c = db.connection()) {
            try {
                return forReport(c, reportKey);
            } finally {
                c.rollback();
            }
        }
    }

    private List<String> forReport(Connection c, String reportKey) throws SQLException {
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
    public List<String> forEntity(Database db, String entityId) throws SQLException {
        try (Connection c = db.connection()) {
            try {
                return forEntity(c, entityId);
            } finally {
                c.rollback();
            }
        }
    }

    private List<String> forEntity(Connection c, String entityId) throws SQLException {
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

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getTimestamp(2).toInstant(), rs.getString(3), AuditAction.valueOf(rs.getString(4)), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }

    /** SHA-256 over the previous hash and every field of the entry. */
    static String hash(String prev, long seq, AuditEntry e) {
        String canonical = String.join("\u001f", prev, Long.toString(seq), Long.toString(e.at().toEpochMilli()), e.actor(),
                e.action().name(), nz(e.reportKey()), nz(e.entityId()), nz(e.alertId()), nz(e.recipient()), e.detail());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
