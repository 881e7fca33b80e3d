package org.crosslink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The console's search index in the store ({@code search_term}, V20): each mention under the hashes of the
 * terms it can be found by. The index is filled behind the bus, from the mention table in the order of its
 * ids, and remembers how far it has read; a mention that has gone since (a newer revision, an erasure) is
 * dropped when a search reads it.
 */
public final class SearchStore {
    private final Database db;

    public SearchStore(Database db) {
        this.db = db;
    }

    /** A mention to index: its id, kind ({@code P}, {@code L}), report id and normalised record as stored. */
    public record Pending(long id, String kind, String reportId, String record) {
    }

    /** The last mention id indexed. */
    public long progress() throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT last_mention_id FROM search_progress WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            long last = rs.next() ? rs.getLong(1) : 0;
            c.rollback();
            return last;
        }
    }

    /** The highest mention id in the store (0 when empty): the index is current when its progress has reached it. */
    public long latestMention() throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM mention");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long n = rs.getLong(1);
            c.rollback();
            return n;
        }
    }

    /** The next mentions after {@code last}, in id order. */
    public List<Pending> after(long last, int limit) throws SQLException {
        List<Pending> out = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT m.id, m.kind, m.mention_key, m.record FROM mention m WHERE m.id > ? ORDER BY m.id")) {
            ps.setLong(1, last);
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(3);
                    String reportId = key.substring(key.indexOf('/') + 1, key.lastIndexOf('#'));
                    out.add(new Pending(rs.getLong(1), rs.getString(2), reportId, rs.getString(4)));
                }
            }
            c.rollback();
        }
        return out;
    }

    /** Files each mention under its terms' hashes and moves the progress on, in one transaction. */
    public void index(Map<Long, ? extends Collection<Long>> termsByMention, long last) throws SQLException {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_term (term, mention_id) VALUES (?, ?)")) {
                for (Map.Entry<Long, ? extends Collection<Long>> e : termsByMention.entrySet()) {
                    for (long term : e.getValue()) {
                        ps.setLong(1, term);
                        ps.setLong(2, e.getKey());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE search_progress SET last_mention_id = ? WHERE id = 1")) {
                ps.setLong(1, last);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A mention found, and how many of the searched terms it has. */
    public record Hit(long mentionId, int terms) {
    }

    /** The mentions filed under any of the terms, most terms first, at most {@code limit}. */
    public List<Hit> find(Collection<Long> terms, int limit) throws SQLException {
        List<Hit> out = new ArrayList<>();
        if (terms.isEmpty()) {
            return out;
        }
        List<Long> list = List.copyOf(terms);
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT s.mention_id, COUNT(*) AS n FROM search_term s WHERE s.term IN ("
                     + ConsoleStore.marks(list.size()) + ") GROUP BY s.mention_id ORDER BY n DESC, s.mention_id DESC")) {
            ConsoleStore.bind(ps, list);
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Hit(rs.getLong(1), rs.getInt(2)));
                }
            }
            c.rollback();
        }
        return out;
    }
}
