package org.crosslink.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crosslink.store.Database;
import org.crosslink.store.Queries;

/** Questions tests ask the bus's database. */
public final class Store {
    private final Database db;

    public Store(Database db) {
        this.db = db;
    }

    public long count(String outcome) {
        try {
            return new Queries(db).counts().getOrDefault(outcome, 0L);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, Long> counts() {
        try {
            return new Queries(db).counts();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long total() {
        return counts().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every row of a query, each column as a string. */
    public List<List<String>> rows(String sql, Object... args) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<List<String>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(row);
                }
            }
            c.rollback();
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String one(String sql, Object... args) {
        List<List<String>> rows = rows(sql, args);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }
}
