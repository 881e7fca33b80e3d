package org.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.crosslink.alert.RenderData;
import org.crosslink.audit.AuditKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the alert relay reads from the store to render alerts: every report asked for, as it now stands. */
class OutboxRenderDataTest {
    @TempDir
    Path dir;
    private Database db;
    private Outbox outbox;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(null, null, null, dir, 2, false);
        outbox = new Outbox(db, new AuditLog(AuditKey.of(new byte[32])));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyReportAskedForIsReadWhateverHowManyChunksTheKeysMake() throws Exception {
        List<String> keys = IntStream.range(0, 2 * InList.CHUNK + 5).mapToObj(i -> "MET/R-" + i).toList();
        for (String key : keys) {
            insert(key, 1, "narrative of " + key);
        }

        for (int n : new int[] {1, InList.CHUNK - 1, InList.CHUNK, InList.CHUNK + 1, keys.size()}) {
            RenderData data = outbox.renderData(keys.subList(0, n), List.of());
            assertThat(data.reports()).as("%d keys", n).hasSize(n);
            assertThat(data.reports().get(keys.get(n - 1)).body().path("narrative").asString()).isEqualTo("narrative of " + keys.get(n - 1));
        }
    }

    @Test
    void eachRowIsReadOnceThoughTheLastChunkIsPadded() throws Exception {
        List<String> keys = IntStream.range(0, InList.CHUNK + 3).mapToObj(i -> "MET/R-" + i).toList();
        for (String key : keys) {
            insert(key, 1, "narrative of " + key);
        }

        List<String> read = new ArrayList<>();
        try (Connection c = db.connection()) {
            InList.query(c, "SELECT report_key FROM report WHERE report_key IN (", ")", keys, rs -> read.add(rs.getString(1)));
        }

        assertThat(read).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void anErasedReportIsReadWithoutItsBodyThoughTheRelayReadItBefore() throws Exception {
        insert("KENT/SECRET-1", 1, "Purple octopus seen at the marina");
        assertThat(outbox.renderData(List.of("KENT/SECRET-1"), List.of()).reports().get("KENT/SECRET-1").body()).isNotNull();

        update("UPDATE report SET body = NULL, erased_at = CURRENT_TIMESTAMP WHERE report_key = 'KENT/SECRET-1'");

        assertThat(outbox.renderData(List.of("KENT/SECRET-1"), List.of()).reports().get("KENT/SECRET-1").body()).isNull();
    }

    @Test
    void aNewRevisionIsReadWithItsOwnBody() throws Exception {
        insert("GMP/R-7", 1, "first account");
        assertThat(outbox.renderData(List.of("GMP/R-7"), List.of()).reports().get("GMP/R-7").body().path("narrative").asString())
                .isEqualTo("first account");

        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("UPDATE report SET revision = 2, body = ? WHERE report_key = 'GMP/R-7'")) {
            ps.setBytes(1, Bodies.deflate("{\"narrative\":\"corrected account\"}"));
            ps.executeUpdate();
            c.commit();
        }

        RenderData.StoredReport r = outbox.renderData(List.of("GMP/R-7"), List.of()).reports().get("GMP/R-7");
        assertThat(r.revision()).isEqualTo(2);
        assertThat(r.body().path("narrative").asString()).isEqualTo("corrected account");
    }

    private void insert(String key, int revision, String narrative) throws Exception {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO report (report_key, source, report_id, revision, reported_at, "
                     + "received_at, investigation, grading, handling, exploitation, person_refs, location_refs, body) "
                     + "VALUES (?, ?, ?, ?, ?, ?, 'OPEN', '2B', 'P', 'LABOUR', '', '', ?)")) {
            Timestamp now = Timestamp.from(Instant.parse("2026-03-01T10:00:00Z"));
            ps.setString(1, key);
            ps.setString(2, key.substring(0, key.indexOf('/')));
            ps.setString(3, key.substring(key.indexOf('/') + 1));
            ps.setInt(4, revision);
            ps.setTimestamp(5, now);
            ps.setTimestamp(6, now);
            ps.setBytes(7, Bodies.deflate("{\"narrative\":\"" + narrative + "\"}"));
            ps.executeUpdate();
            c.commit();
        }
    }

    private void update(String sql) throws Exception {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
            c.commit();
        }
    }
}
