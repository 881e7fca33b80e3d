package org.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema as migrated: what it keeps and what it leaves out on purpose. */
class SchemaTest {

    /** Every index on a random key costs a page write per row at each commit; no audit query used these two. */
    @Test
    void theAuditLogIsIndexedByItsSequenceAlone(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(null, null, null, dir, 4, false); Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT INDEX_NAME, INDEX_TYPE_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'AUDIT_LOG'");
             ResultSet rs = ps.executeQuery()) {
            List<String> types = new ArrayList<>();
            while (rs.next()) {
                types.add(rs.getString(2));
            }

            assertThat(types).containsExactly("PRIMARY KEY");
        }
    }

    /** Rendering an alert finds its reports' mentions by report key and needs their refs: the index answers alone. */
    @Test
    void mentionsAreIndexedByReportKeyAndRefSoThatTheIndexAloneAnswersWhoIsInAReport(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(null, null, null, dir, 4, false); Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
                     + "WHERE TABLE_NAME = 'MENTION' AND INDEX_NAME = 'MENTION_REPORT' ORDER BY ORDINAL_POSITION");
             ResultSet rs = ps.executeQuery()) {
            List<String> columns = new ArrayList<>();
            while (rs.next()) {
                columns.add(rs.getString(1));
            }

            assertThat(columns).containsExactly("REPORT_KEY", "REF");
        }
    }
}
