package org.crosslink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The near misses in the store (V50): for each mention, the strongest candidates it was compared with and not linked
 * to, as {@link NearMissPolicy} chose them, with the evidence. Written with the batch that resolved the mention, deleted
 * with either mention (a revision, an erasure), all written again by a new model.
 */
public final class NearMisses {
    private NearMisses() {
    }

    /**
     * A near miss as read: the two mentions (the one compared, and the earlier candidate), their keys and entities, the
     * probability by the sum of the weights, the total and the evidence (JSON, as a link's).
     */
    public record Row(long mention, long other, String mentionKey, String otherKey, String entity, String otherEntity,
                      double probability, double total, String evidence) {
    }

    /** Writes a batch's near misses, after deleting those a new model replaces, in the caller's transaction. */
    static void write(Connection c, List<Rows.NearMiss> rows, List<Rows.NearMissReset> resets) throws SQLException {
        Map<String, Integer> from = new HashMap<>();
        for (Rows.NearMissReset r : resets) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM near_miss WHERE kind = ?")) {
                ps.setString(1, r.kind());
                ps.executeUpdate();
            }
            from.put(r.kind(), r.from());
        }
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO near_miss (mention_id, other_id, kind, probability, total, evidence) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                Rows.NearMiss n = rows.get(i);
                if (i < from.getOrDefault(n.kind(), 0)) {
                    continue; // scored again under the new model, later in the list
                }
                ps.setLong(1, n.mentionId());
                ps.setLong(2, n.otherId());
                ps.setString(3, n.kind());
                ps.setDouble(4, n.probability());
                ps.setDouble(5, n.total());
                ps.setString(6, n.evidence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Deletes the near misses of deleted mentions, either side, in the caller's transaction. */
    static void deleteOf(Connection c, List<Long> mentions) throws SQLException {
        try (PreparedStatement a = c.prepareStatement("DELETE FROM near_miss WHERE mention_id = ?");
             PreparedStatement b = c.prepareStatement("DELETE FROM near_miss WHERE other_id = ?")) {
            for (long id : mentions) {
                a.setLong(1, id);
                a.addBatch();
                b.setLong(1, id);
                b.addBatch();
            }
            a.executeBatch();
            b.executeBatch();
        }
    }

    /**
     * The near misses of these mentions, either side, with a mention of another entity: strongest first, at most
     * {@code limit}. A pair whose two mentions have since joined one entity (through others) is no longer a miss.
     */
    public static List<Row> of(Connection c, Collection<Long> mentionIds, int limit) throws SQLException {
        Map<String, Row> out = new LinkedHashMap<>();
        for (List<Long> chunk : ConsoleStore.chunks(mentionIds)) {
            for (String end : new String[] {"n.mention_id", "n.other_id"}) {
                try (PreparedStatement ps = c.prepareStatement("SELECT n.mention_id, n.other_id, ma.mention_key, mb.mention_key, "
                        + "ma.entity_id, mb.entity_id, n.probability, n.total, n.evidence FROM near_miss n "
                        + "JOIN mention ma ON ma.id = n.mention_id JOIN mention mb ON mb.id = n.other_id WHERE " + end
                        + " IN (" + ConsoleStore.marks(chunk.size()) + ") AND ma.entity_id <> mb.entity_id")) {
                    ConsoleStore.bind(ps, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.putIfAbsent(rs.getLong(1) + "-" + rs.getLong(2), new Row(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getDouble(8), rs.getString(9)));
                        }
                    }
                }
            }
        }
        List<Row> list = new ArrayList<>(out.values());
        list.sort((x, y) -> Double.compare(y.total(), x.total()));
        return list.size() > limit ? List.copyOf(list.subList(0, limit)) : list;
    }
}
