package org.crosslink.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's search index in the store (V20): each current mention under the hashes of the terms it can be found
 * by. The index is filled behind the bus, from the mention table in the order of its ids, and remembers how far it has
 * read. A mention deleted since (a newer revision superseded it, or an erasure) is noted in {@code search_gone} by the
 * batch that deletes it, and its rows go at the index's next step; an erasure's batch deletes them itself, so that an
 * erased report's terms go with its content.
 * <p>
 * One row per term and mention, and the row is its key alone: {@code search_term.k} packs the mention's block of
 * {@value #BLOCK_SIZE} mentions, the term's hash (its top {@value #TERM_BITS} bits) and the mention's place in its
 * block. A look-up is a range of keys for each block and term; new mentions go into the newest block only, and a step
 * inserts its keys in order, so H2 (which writes every page a transaction changed afresh) writes each page of that
 * block once a step instead of pages all over the index many times. {@code search_mention} keeps each mention's keys,
 * appended in mention order, to delete them when it goes.
 * <p>
 * Two terms whose hashes agree in their top {@value #TERM_BITS} bits are one term to the index: a search may list, in
 * rare cases (about one search in a thousand at a million persons), a mention that has one term less than it seems.
 */
public final class SearchStore {
    /** Terms kept for one mention; a mention with more (a person with many aliases) is found by its first ones. */
    public static final int MAX_TERMS = 256;
    /** Mentions in one block of the index. */
    public static final int BLOCK_SIZE = 1 << 16;
    /** Bits of a term's hash in a key. */
    public static final int TERM_BITS = 36;
    /** Mention ids the index can hold: 2,048 blocks. */
    public static final long MAX_MENTION = (1L << 27) - 1;
    private final Database db;

    public SearchStore(Database db) {
        this.db = db;
    }

    /** A mention to index: its id, kind ({@code P}, {@code L}), report id and normalised record as stored. */
    public record Pending(long id, String kind, String reportId, String record) {
    }

    /** The term an identifier is filed under: its type and canonical value ({@code id|PHONE|+447700900123}). */
    public static String identifierTerm(String type, String value) {
        return "id|" + type + "|" + value;
    }

    /** FNV-1a over the UTF-8 bytes, finished with MurmurHash3's mix: stable across JVMs and versions. */
    public static long termHash(String term) {
        long h = 0xcbf29ce484222325L;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** The key of a term of a mention. */
    static long key(long mention, long term) {
        return lowest(block(mention), term) | (mention & (BLOCK_SIZE - 1));
    }

    /** The first key of a term in a block. */
    private static long lowest(long block, long term) {
        return block << (TERM_BITS + 16) | (term >>> (64 - TERM_BITS)) << 16;
    }

    /** The mention a key is of. */
    static long mention(long key) {
        return (key >>> (TERM_BITS + 16)) << 16 | (key & (BLOCK_SIZE - 1));
    }

    private static long block(long mention) {
        return mention >>> 16;
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

    /**
     * The next mentions after {@code last}, in id order: at most {@code limit}, and none past the end of the block
     * the first is in, so that one step writes into one block.
     */
    public List<Pending> after(long last, int limit) throws SQLException {
        List<Pending> out = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT m.id, m.kind, m.mention_key, m.record FROM mention m WHERE m.id > ? ORDER BY m.id")) {
            ps.setLong(1, last);
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (!out.isEmpty() && block(id) != block(out.get(0).id())) {
                        break;
                    }
                    String key = rs.getString(3);
                    String reportId = key.substring(key.indexOf('/') + 1, key.lastIndexOf('#'));
                    out.add(new Pending(id, rs.getString(2), reportId, rs.getString(4)));
                }
            }
            c.rollback();
        }
        return out;
    }

    /** Deleted mentions whose rows are still to be deleted, at most {@code limit}. */
    public List<Long> gone(int limit) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT mention_id FROM search_gone ORDER BY mention_id")) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            c.rollback();
        }
        return out;
    }

    /**
     * In one transaction: files each mention under its terms' hashes (its first {@value #MAX_TERMS}; the rows a mention
     * had already are replaced, so that indexing again is harmless), deletes the rows of the deleted mentions given and
     * their notes, and moves the progress on to {@code last}.
     */
    public void index(Map<Long, ? extends Collection<Long>> termsByMention, Collection<Long> gone, long last) throws SQLException {
        Map<Long, long[]> keys = new HashMap<>();
        List<Long> all = new ArrayList<>();
        termsByMention.forEach((mention, terms) -> {
            if (mention > MAX_MENTION) {
                throw new IllegalStateException("mention " + mention + " is beyond what the search index can hold (" + MAX_MENTION + ")");
            }
            long[] k = terms.stream().limit(MAX_TERMS).mapToLong(t -> key(mention, t)).distinct().sorted().toArray();
            keys.put(mention, k);
            for (long x : k) {
                all.add(x);
            }
        });
        Collections.sort(all);
        db.inTransaction(c -> {
            // indexing a mention again (its progress set back, to rebuild the index) replaces its rows
            if (!keys.isEmpty()) {
                deleteRows(c, indexedAmong(c, Collections.min(keys.keySet()), Collections.max(keys.keySet())));
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_term (k) VALUES (?)")) {
                for (long k : all) {
                    ps.setLong(1, k);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_mention (mention_id, term_keys) VALUES (?, ?)")) {
                for (long mention : keys.keySet().stream().sorted().toList()) {
                    ps.setLong(1, mention);
                    ps.setBytes(2, bytes(keys.get(mention)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            deleteRows(c, gone);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_gone WHERE mention_id = ?")) {
                for (long mention : gone) {
                    ps.setLong(1, mention);
                    ps.addBatch();
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

    /** Deletes the index rows of these mentions, in the caller's transaction. */
    static void deleteRows(Connection c, Collection<Long> mentions) throws SQLException {
        if (mentions.isEmpty()) {
            return;
        }
        List<Long> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT term_keys FROM search_mention WHERE mention_id = ?")) {
            for (long mention : mentions) {
                ps.setLong(1, mention);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        ByteBuffer b = ByteBuffer.wrap(rs.getBytes(1));
                        while (b.hasRemaining()) {
                            keys.add(b.getLong());
                        }
                    }
                }
            }
        }
        Collections.sort(keys);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_term WHERE k = ?")) {
            for (long k : keys) {
                ps.setLong(1, k);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_mention WHERE mention_id = ?")) {
            for (long mention : mentions) {
                ps.setLong(1, mention);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The mentions from {@code first} to {@code last} that the index holds already. */
    private static List<Long> indexedAmong(Connection c, long first, long last) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT mention_id FROM search_mention WHERE mention_id BETWEEN ? AND ?")) {
            ps.setLong(1, first);
            ps.setLong(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** Notes deleted mentions for the index, in the caller's (the batch's) transaction. */
    static void noteGone(Connection c, Collection<Long> mentions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_gone (mention_id) VALUES (?)")) {
            for (long mention : mentions) {
                ps.setLong(1, mention);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The rows the index holds for a mention (none once it has gone). */
    public int rowsOf(long mention) throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM search_term WHERE k BETWEEN ? AND ? AND MOD(k, ?) = ?")) {
            ps.setLong(1, lowest(block(mention), 0));
            ps.setLong(2, lowest(block(mention) + 1, 0) - 1);
            ps.setLong(3, BLOCK_SIZE);
            ps.setLong(4, mention & (BLOCK_SIZE - 1));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int n = rs.getInt(1);
                c.rollback();
                return n;
            }
        }
    }

    /** A mention found, and how many of the searched terms it has. */
    public record Hit(long mentionId, int terms) {
    }

    /** The mentions filed under any of the terms, most terms first (then the newest), at most {@code limit}. */
    public List<Hit> find(Collection<Long> terms, int limit) throws SQLException {
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Long> list = List.copyOf(terms);
        Map<Long, Integer> counts = new HashMap<>();
        try (Connection c = db.connection()) {
            long lastBlock = -1;
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(k) FROM search_term"); ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    lastBlock = block(mention(rs.getLong(1)));
                }
            }
            if (lastBlock >= 0) {
                // a range of keys for each block and term
                String ranges = String.join(", ", Collections.nCopies((int) (lastBlock + 1) * list.size(), "(CAST(? AS BIGINT), CAST(? AS BIGINT))"));
                try (PreparedStatement ps = c.prepareStatement("SELECT s.k FROM (VALUES " + ranges + ") AS v(lo, hi) "
                        + "JOIN search_term s ON s.k BETWEEN v.lo AND v.hi")) {
                    int i = 1;
                    for (long block = 0; block <= lastBlock; block++) {
                        for (long term : list) {
                            long lo = lowest(block, term);
                            ps.setLong(i++, lo);
                            ps.setLong(i++, lo | (BLOCK_SIZE - 1));
                        }
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            counts.merge(mention(rs.getLong(1)), 1, Integer::sum);
                        }
                    }
                }
            }
            c.rollback();
        }
        List<Hit> out = new ArrayList<>(counts.size());
        counts.forEach((mention, n) -> out.add(new Hit(mention, n)));
        out.sort(Comparator.comparingInt(Hit::terms).reversed().thenComparing(Comparator.comparingLong(Hit::mentionId).reversed()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /**
     * The mentions filed under any of these terms, in the caller's transaction: at most {@code max}, in id order. The
     * ranges go in statements of at most a thousand (PostgreSQL takes at most 32,767 parameters in one).
     */
    static List<Long> filedUnder(Connection c, Collection<Long> terms, int max) throws SQLException {
        List<Long> out = new ArrayList<>();
        long lastBlock = -1;
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(k) FROM search_term"); ResultSet rs = ps.executeQuery()) {
            if (rs.next() && rs.getObject(1) != null) {
                lastBlock = block(mention(rs.getLong(1)));
            }
        }
        List<long[]> ranges = new ArrayList<>();
        for (long block = 0; block <= lastBlock; block++) {
            for (long term : terms) {
                long lo = lowest(block, term);
                ranges.add(new long[] {lo, lo | (BLOCK_SIZE - 1)});
            }
        }
        for (int from = 0; from < ranges.size() && out.size() < max; from += 1000) {
            List<long[]> chunk = ranges.subList(from, Math.min(ranges.size(), from + 1000));
            String values = String.join(", ", Collections.nCopies(chunk.size(), "(CAST(? AS BIGINT), CAST(? AS BIGINT))"));
            try (PreparedStatement ps = c.prepareStatement("SELECT s.k FROM (VALUES " + values + ") AS v(lo, hi) "
                    + "JOIN search_term s ON s.k BETWEEN v.lo AND v.hi")) {
                int i = 1;
                for (long[] r : chunk) {
                    ps.setLong(i++, r[0]);
                    ps.setLong(i++, r[1]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && out.size() < max) {
                        out.add(mention(rs.getLong(1)));
                    }
                }
            }
        }
        return out.stream().distinct().sorted().toList();
    }

    /** The last mention id the index has read, in the caller's transaction. */
    static long progress(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_mention_id FROM search_progress WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static byte[] bytes(long[] keys) {
        ByteBuffer b = ByteBuffer.allocate(keys.length * Long.BYTES);
        for (long k : keys) {
            b.putLong(k);
        }
        return b.array();
    }
}
