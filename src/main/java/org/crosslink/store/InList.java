package org.crosslink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A query over an {@code IN} list of any length, asked in chunks of one fixed size, the last chunk padded with SQL
 * {@code NULL}, which equals nothing, so that no row comes twice: one prepared statement serves every chunk. Small
 * chunks, because H2 checks each row it finds through the index against the whole list again, one value after
 * another: with lists of 500 that check was a tenth of the alert relay's CPU.
 */
final class InList {
    static final int CHUNK = 32;

    /** What is done with each row. */
    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private InList() {
    }

    /** Runs {@code before + "?, ?, ..." + after} for every chunk of {@code values}, passing each row to {@code row}. */
    static void query(Connection c, String before, String after, Collection<?> values, Row row) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        List<?> list = new ArrayList<>(values);
        try (PreparedStatement ps = c.prepareStatement(before + String.join(", ", Collections.nCopies(CHUNK, "?")) + after)) {
            for (int from = 0; from < list.size(); from += CHUNK) {
                for (int i = 0; i < CHUNK; i++) {
                    if (from + i < list.size()) {
                        ps.setObject(i + 1, list.get(from + i));
                    } else {
                        ps.setNull(i + 1, Types.NULL);
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        row.accept(rs);
                    }
                }
            }
        }
    }
}
