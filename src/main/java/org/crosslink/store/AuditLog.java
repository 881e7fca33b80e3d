package org.crosslink.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

import org.crosslink.audit.AuditAction;
import org.crosslink.audit.AuditEntry;
import org.crosslink.audit.AuditKey;
import org.crosslink.audit.Checkpoint;

/**
 * The append-only, keyed hash chain of the audit log. Entries are appended in the transaction of the change they
 * record (a batch, an alert publication, an erasure), and the chain's head moves in that transaction too,
 * so a rolled-back change leaves no entry and no gap. Each entry's hash is an HMAC, with a key held outside the
 * database ({@link AuditKey}), over the previous hash and the entry's fields. {@link #verify} recomputes the chain
 * and compares it with the signed checkpoints the broker keeps.
 * <p>
 * A log written before the bus had a key was chained with plain SHA-256: the first time the bus appends with a key
 * it records, under the key, where the unkeyed part ends ({@code audit_keying}), and goes on keyed from there.
 */
public final class AuditLog {
    private static final String ZERO = "0".repeat(64);
    private final ReentrantLock lock = new ReentrantLock();
    private final AuditKey key;
    private volatile boolean keyed;

    public AuditLog(AuditKey key) {
        this.key = key;
    }

    /** The key the chain is written with (other keys of the bus are derived from it). */
    public AuditKey key() {
        return key;
    }

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

    private void append(Connection c, List<AuditEntry> entries) throws SQLException {
        long seq;
        String prev;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            prev = rs.getString(2);
        }
        if (!keyed) {
            keyFrom(c, seq, prev);
        }
        long first = seq;
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO audit_log (seq, at, actor, action, report_key, entity_id, "
                + "alert_id, recipient, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEntry e : entries) {
                seq++;
                String hash = key.mac(canonical(prev, seq, e));
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

    /**
     * Records, once, where the keyed chain begins: after the entries written before the key, if any. Returns how many
     * entries were written before the key when it records that now, or -1 when it was recorded before.
     */
    public long keyExisting(Database db) throws SQLException {
        lock.lock();
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                long legacy = keyFrom(c, rs.getLong(1), rs.getString(2));
                c.commit();
                return legacy;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Refuses a key that did not write this log: the keying row is MACed with the key the chain is written with, so a
     * second instance of a pair started with a key of its own (a missing key file is made up at start) is stopped
     * before it writes a chain that no key verifies. Read-only; a log not yet keyed has nothing to compare with.
     */
    public void checkKey(Database db) throws SQLException {
        try (Connection c = db.connection()) {
            try {
                checkKey(c);
            } finally {
                c.rollback();
            }
        }
    }

    /** Whether the log is keyed, after checking that it is keyed with this key. */
    private boolean checkKey(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT legacy_seq, legacy_hash, mac FROM audit_keying WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return false;
            }
            if (!keyedWithThisKey(rs.getLong(1), rs.getString(2), rs.getString(3))) {
                throw new IllegalStateException("the audit key (crosslink.audit.key) is not the key this audit log was written with: "
                        + "every instance that shares the database must hold the same key file, copied from the instance that "
                        + "started first; the bus will not write a chain that no key verifies");
            }
            return true;
        }
    }

    /** With the head locked: writes the keying row if there is none; returns the entries before it, or -1 if it existed. */
    private long keyFrom(Connection c, long seq, String hash) throws SQLException {
        if (checkKey(c)) {
            keyed = true;
            return -1;
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO audit_keying (id, legacy_seq, legacy_hash, mac) VALUES (1, ?, ?, ?)")) {
            ins.setLong(1, seq);
            ins.setString(2, hash);
            ins.setString(3, key.mac(keyingText(seq, hash)));
            ins.executeUpdate();
        }
        keyed = true;
        return seq;
    }

    private static String keyingText(long seq, String hash) {
        return "audit keyed after entry " + seq + " with hash " + hash;
    }

    /** Whether the keying row's MAC was made with this log's key. */
    private boolean keyedWithThisKey(long seq, String hash, String mac) {
        return key.mac(keyingText(seq, hash)).equals(mac);
    }

    /** The chain's head: how many entries, and the hash of the last. */
    public record Head(long seq, String hash) {
    }

    public Head head(Database db) throws SQLException {
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Head(rs.getLong(1), rs.getString(2));
            } finally {
                c.rollback();
            }
        }
    }

    /**
     * The outcome of checking the chain: how many entries verified, the first that does not fit (null when none),
     * what is wrong, and how many checkpoints the chain was compared with.
     */
    public record Verification(long entries, Long firstBroken, String problem, int checkpoints) {
        public boolean intact() {
            return firstBroken == null;
        }
    }

    /** Recomputes the whole chain, read in one transaction, and compares it with the checkpoints (signatures already checked). */
    public Verification verify(Database db, List<Checkpoint> checkpoints) throws SQLException {
        try (Connection c = db.connection()) {
            try {
                return verify(c, checkpoints);
            } finally {
                c.rollback();
            }
        }
    }

    public Verification verify(Connection c, List<Checkpoint> checkpoints) throws SQLException {
        TreeMap<Long, Checkpoint> bySeq = new TreeMap<>();
        checkpoints.stream().filter(cp -> cp.seq() > 0).forEach(cp -> bySeq.putIfAbsent(cp.seq(), cp));
        long legacySeq;
        String legacyHash;
        try (PreparedStatement ps = c.prepareStatement("SELECT legacy_seq, legacy_hash, mac FROM audit_keying WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                legacySeq = -1;
                legacyHash = null;
            } else {
                legacySeq = rs.getLong(1);
                legacyHash = rs.getString(2);
                if (!keyedWithThisKey(legacySeq, legacyHash, rs.getString(3))) {
                    return new Verification(0, 1L, "the record of where the keyed chain begins was altered, or made without the key", 0);
                }
            }
        }
        Walk walk = new Walk(bySeq, legacySeq, legacyHash);
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, action, report_key, entity_id, alert_id, recipient, "
                + "detail, prev_hash, hash FROM audit_log ORDER BY seq")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Verification broken = walk.next(rs.getLong(1), entry(rs), rs.getString(10), rs.getString(11));
                    if (broken != null) {
                        return broken;
                    }
                }
            }
        }
        Verification broken = walk.end();
        if (broken != null) {
            return broken;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) != walk.count || !rs.getString(2).equals(walk.prev)) {
                return new Verification(walk.count, walk.count + 1, "the chain ends at entry " + walk.count + " but the head says "
                        + rs.getLong(1), walk.agreed);
            }
        }
        return new Verification(walk.count, null, null, walk.agreed);
    }

    /** The chain read in order: each entry checked against the one before, its hash, and any checkpoint at it. */
    private final class Walk {
        private final TreeMap<Long, Checkpoint> checkpoints;
        private final long legacySeq;
        private final String legacyHash;
        private long count;
        private String prev = ZERO;
        private long lastAgreed;
        private int agreed;

        Walk(TreeMap<Long, Checkpoint> checkpoints, long legacySeq, String legacyHash) {
            this.checkpoints = checkpoints;
            this.legacySeq = legacySeq;
            this.legacyHash = legacyHash;
        }

        Verification next(long seq, AuditEntry e, String prevHash, String hash) {
            long expected = count + 1;
            if (legacySeq < 0) {
                return new Verification(count, 1L, "the log is not keyed: it was written before the bus had an audit key; "
                        + "start the bus once (it keys the log from where it ends), then verify", 0);
            }
            if (seq != expected) {
                return broken(expected, "entry " + expected + " is missing");
            }
            if (!prev.equals(prevHash)) {
                return broken(seq, "entry " + seq + " does not follow entry " + (seq - 1));
            }
            boolean unkeyed = seq <= legacySeq;
            String recomputed = unkeyed ? sha256(canonical(prev, seq, e)) : key.mac(canonical(prev, seq, e));
            if (!recomputed.equals(hash)) {
                return broken(seq, "entry " + seq + " was altered");
            }
            if (seq == legacySeq && !hash.equals(legacyHash)) {
                return broken(1, "an entry among 1 to " + seq + " (written before the audit key, chained without it) was altered "
                        + "and the chain recomputed: the unkeyed part no longer ends where the key was set");
            }
            Checkpoint cp = checkpoints.get(seq);
            if (cp != null) {
                if (!cp.hash().equals(hash)) {
                    return broken(lastAgreed + 1, "entries " + (lastAgreed + 1) + " to " + seq + " differ from the checkpoint signed at "
                            + cp.at() + ": the chain was rewritten and recomputed with the key");
                }
                lastAgreed = seq;
                agreed++;
            }
            prev = hash;
            count++;
            return null;
        }

        Verification end() {
            if (legacySeq > count) {
                return broken(count + 1, "the chain ends at entry " + count + " but was keyed after entry " + legacySeq
                        + ": entries " + (count + 1) + " to " + legacySeq + " were removed");
            }
            Map.Entry<Long, Checkpoint> beyond = checkpoints.higherEntry(count);
            if (beyond != null) {
                Checkpoint last = checkpoints.lastEntry().getValue();
                return broken(count + 1, "the chain ends at entry " + count + " but the checkpoint signed at " + last.at()
                        + " covers entry " + last.seq() + ": entries " + (count + 1) + " to " + last.seq() + " were removed");
            }
            return null;
        }

        private Verification broken(long first, String problem) {
            return new Verification(count, first, problem, agreed);
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getTimestamp(2).toInstant(), rs.getString(3), AuditAction.valueOf(rs.getString(4)), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }

    /** The previous hash and every field of the entry, separated by a character no field holds. */
    static String canonical(String prev, long seq, AuditEntry e) {
        return String.join("\u001f", prev, Long.toString(seq), Long.toString(e.at().toEpochMilli()), e.actor(),
                e.action().name(), nz(e.reportKey()), nz(e.entityId()), nz(e.alertId()), nz(e.recipient()), e.detail());
    }

    /** The hash of an entry written before the bus had an audit key: SHA-256, unkeyed. */
    static String sha256(String canonical) {
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
