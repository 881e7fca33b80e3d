package org.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.crosslink.audit.AuditAction;
import org.crosslink.audit.AuditEntry;
import org.crosslink.audit.AuditKey;
import org.crosslink.audit.Checkpoint;
import org.crosslink.audit.CheckpointKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log written before the bus had an audit key: keyed from where it ends, its unkeyed part still guarded. */
class AuditKeyingTest {
    private final AuditKey key = AuditKey.of("an audit key of thirty-two bytes!".getBytes());

    @Test
    void aLogWrittenBeforeTheKeyIsReportedUnkeyedUntilTheBusKeysItAndThenVerifiesWithItsNewEntries(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(null, "crosslink", "pw", dir, 2, false)) {
            writeUnkeyed(db, 3);
            AuditLog audit = new AuditLog(key);

            AuditLog.Verification unkeyed = audit.verify(db, List.of());
            long before = audit.keyExisting(db);
            audit.append(db, List.of(entry("after the key")));
            AuditLog.Verification keyed = audit.verify(db, List.of());

            assertThat(unkeyed.intact()).isFalse();
            assertThat(unkeyed.problem()).contains("not keyed");
            assertThat(before).isEqualTo(3);
            assertThat(audit.keyExisting(db)).as("keyed once only").isEqualTo(-1);
            assertThat(keyed.intact()).as(keyed.problem()).isTrue();
            assertThat(keyed.entries()).isEqualTo(4);
        }
    }

    @Test
    void aKeyThatDidNotWriteTheLogIsRefusedBeforeItWritesAndTheKeyThatDidIsNot(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(null, "crosslink", "pw", dir, 2, false)) {
            AuditLog audit = new AuditLog(key);
            audit.checkKey(db);
            audit.keyExisting(db);
            audit.append(db, List.of(entry("by the first instance")));
            AuditLog other = new AuditLog(AuditKey.of("another key of thirty-two bytes!!".getBytes()));

            assertThatThrownBy(() -> other.checkKey(db)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("crosslink.audit.key");
            assertThatThrownBy(() -> other.append(db, List.of(entry("by the second")))).isInstanceOf(IllegalStateException.class);
            new AuditLog(key).checkKey(db);
            assertThat(audit.verify(db, List.of()).intact()).isTrue();
            assertThat(audit.verify(db, List.of()).entries()).isEqualTo(1);
        }
    }

    @Test
    void anUnkeyedEntryRewrittenWithTheUnkeyedPartRecomputedIsCaught(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(null, "crosslink", "pw", dir, 2, false)) {
            writeUnkeyed(db, 3);
            AuditLog audit = new AuditLog(key);
            audit.keyExisting(db);
            audit.append(db, List.of(entry("after the key")));

            try (Connection c = db.connection()) {
                exec(c, "UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2");
                recomputeUnkeyed(c, 3);
                c.commit();
            }
            AuditLog.Verification v = audit.verify(db, List.of());

            assertThat(v.intact()).isFalse();
            assertThat(v.problem()).contains("an entry among 1 to 3");
        }
    }

    @Test
    void aCheckpointSignedByAnotherKeyOrAlteredDoesNotVerify(@TempDir Path dir) {
        CheckpointKeys.Signer bus = CheckpointKeys.signer(dir.resolve("bus.key"), dir.resolve("bus.pub"));
        CheckpointKeys.Signer other = CheckpointKeys.signer(dir.resolve("other.key"), dir.resolve("other.pub"));
        CheckpointKeys.Verifier verifier = CheckpointKeys.verifier(dir.resolve("bus.pub"));
        var genuine = bus.sign(10, "ab".repeat(32), Instant.parse("2026-12-05T10:00:00Z"));
        var forged = other.sign(10, "cd".repeat(32), Instant.parse("2026-12-05T10:00:00Z"));
        var altered = new Checkpoint(11, genuine.hash(), genuine.at(), genuine.signature());

        assertThat(verifier.valid(Checkpoint.parse(genuine.toText()))).isTrue();
        assertThat(verifier.valid(forged)).isFalse();
        assertThat(verifier.valid(altered)).isFalse();
    }

    private static AuditEntry entry(String detail) {
        return new AuditEntry(Instant.parse("2026-12-01T00:00:00Z"), "crosslink-bus", AuditAction.COLLECTION, "MET/X", null, null, null, detail);
    }

    /** Entries as the bus wrote them before it had a key: plain SHA-256. */
    private static void writeUnkeyed(Database db, int n) throws Exception {
        String prev = "0".repeat(64);
        try (Connection c = db.connection()) {
            for (int seq = 1; seq <= n; seq++) {
                AuditEntry e = entry("before the key " + seq);
                String hash = AuditLog.sha256(AuditLog.canonical(prev, seq, e));
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (seq, at, actor, action, report_key, detail, prev_hash, hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, seq);
                    ps.setTimestamp(2, Timestamp.from(e.at()));
                    ps.setString(3, e.actor());
                    ps.setString(4, e.action().name());
                    ps.setString(5, e.reportKey());
                    ps.setString(6, e.detail());
                    ps.setString(7, prev);
                    ps.setString(8, hash);
                    ps.executeUpdate();
                }
                prev = hash;
            }
            exec(c, "UPDATE audit_head SET seq = " + n + ", hash = '" + prev + "' WHERE id = 1");
            c.commit();
        }
    }

    private static void recomputeUnkeyed(Connection c, int through) throws Exception {
        String prev = "0".repeat(64);
        for (int seq = 1; seq <= through; seq++) {
            String actor;
            String detail;
            try (var ps = c.prepareStatement("SELECT actor, detail FROM audit_log WHERE seq = " + seq); var rs = ps.executeQuery()) {
                rs.next();
                actor = rs.getString(1);
                detail = rs.getString(2);
            }
            AuditEntry e = new AuditEntry(Instant.parse("2026-12-01T00:00:00Z"), actor, AuditAction.COLLECTION, "MET/X", null, null, null, detail);
            String hash = AuditLog.sha256(AuditLog.canonical(prev, seq, e));
            exec(c, "UPDATE audit_log SET prev_hash = '" + prev + "', hash = '" + hash + "' WHERE seq = " + seq);
            prev = hash;
        }
        exec(c, "UPDATE audit_log SET prev_hash = '" + prev + "' WHERE seq = " + (through + 1));
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }
}
