package org.crosslink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.unimi.dsi.fastutil.longs.LongArrayList;
import org.crosslink.alert.AlertBook;
import org.crosslink.alert.AlertState;
import org.crosslink.dedupe.ReportEntry;
import org.crosslink.dedupe.ReportIndex;
import org.crosslink.model.Exploitation;
import org.crosslink.model.Grading;
import org.crosslink.model.Handling;
import org.crosslink.model.InvestigationStatus;
import org.crosslink.model.MentionFacts;
import org.crosslink.model.MentionKey;
import org.crosslink.model.ReportFacts;
import org.crosslink.model.ReportKey;
import org.crosslink.resolve.LocationRecord;
import org.crosslink.resolve.Mention;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.resolve.Resolver;
import org.crosslink.resolve.score.MatchOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the in-memory state from the database at start: the report index, and the resolution index
 * (mentions, their entities, their links). Resolution continues where it stopped. Each mention is filed
 * under the blocking keys this version's blocker gives its record, not under the keys stored with it: a
 * store written by a version whose keys differ is re-keyed as it loads (and the new keys written back),
 * so its old mentions are found by new ones.
 */
public final class StateLoader {
    private static final Logger LOG = LoggerFactory.getLogger(StateLoader.class);
    private final Database db;

    public StateLoader(Database db) {
        this.db = db;
    }

    /** What the loader found, and where the id sequences continue. */
    public record Loaded(int reports, int mentions, int links, int alerts, long nextMentionId, long nextEventId, long nextOutboxId) {
    }

    public Loaded load(ReportIndex reports, ResolutionEngine engine, AlertBook alerts) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = db.connection()) {
            Map<ReportKey, ReportFacts> facts = reports(c, reports);
            Map<Long, MentionKey> keys = new HashMap<>();
            LongArrayList rekeyed = new LongArrayList();
            int mentions = mentions(c, engine, facts, keys, rekeyed);
            rekey(c, engine, keys, rekeyed);
            int links = links(c, engine, keys);
            retired(c, engine);
            int alertCount = alerts(c, alerts);
            // a mention id is never given twice, even when the newest mentions were deleted: the search index has read
            // up to its progress, and notes deleted ids, and would take a second mention of an id for the first
            long nextMention = Math.max(max(c, "SELECT MAX(id) FROM mention"), Math.max(max(c, "SELECT MAX(mention_id) FROM search_gone"),
                    max(c, "SELECT last_mention_id FROM search_progress WHERE id = 1"))) + 1;
            long nextEvent = max(c, "SELECT MAX(id) FROM entity_event") + 1;
            long nextOutbox = max(c, "SELECT MAX(id) FROM outbox") + 1;
            engine.setNextMentionId(Math.max(nextMention, engine.nextMentionId()));
            c.rollback();
            Loaded loaded = new Loaded(facts.size(), mentions, links, alertCount, nextMention, nextEvent, nextOutbox);
            LOG.info("event=state.loaded reports={} mentions={} links={} alerts={} ms={}", loaded.reports(), mentions, links,
                    alertCount, (System.nanoTime() - start) / 1_000_000);
            return loaded;
        }
    }

    private static Map<ReportKey, ReportFacts> reports(Connection c, ReportIndex index) throws SQLException {
        Map<ReportKey, ReportFacts> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT source, report_id, revision, reported_at, investigation, grading, "
                + "handling, exploitation, person_refs, location_refs, erased_at FROM report")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ReportKey key = new ReportKey(rs.getString(1), rs.getString(2));
                    String grading = rs.getString(6);
                    String exploitation = rs.getString(8);
                    ReportFacts f = new ReportFacts(key, rs.getInt(3), rs.getTimestamp(4).toInstant(),
                            InvestigationStatus.valueOf(rs.getString(5)),
                            new Grading(grading.substring(0, 1), grading.substring(1), Handling.valueOf(rs.getString(7))),
                            exploitation.isEmpty() ? List.of() : Arrays.stream(exploitation.split(",")).map(Exploitation::valueOf).toList());
                    out.put(key, f);
                    index.restore(key, new ReportEntry(f, split(rs.getString(9)), split(rs.getString(10)), rs.getTimestamp(11) != null));
                }
            }
        }
        return out;
    }

    /**
     * Restores every stored mention under the blocking keys this version gives its record, and collects in
     * {@code rekeyed} those stored under other keys (by a version whose keys differ), to be written back.
     */
    private static int mentions(Connection c, ResolutionEngine engine, Map<ReportKey, ReportFacts> facts,
                                Map<Long, MentionKey> keys, LongArrayList rekeyed) throws SQLException {
        int n = 0;
        // an entity's creation is its oldest mention: mentions come in order of arrival
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, mention_key, revision, seq, entity_id, record, "
                + "blocking_keys, facts FROM mention ORDER BY seq")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MentionKey parsed = MentionKey.parse(rs.getString(3));
                    ReportFacts report = facts.get(parsed.report());
                    // the mentions of a report share its key: a million mentions otherwise hold a million copies
                    MentionKey key = report == null ? parsed : new MentionKey(report.key(), parsed.ref());
                    MentionFacts mf = FactsCodec.decode(rs.getString(9), report, key.ref());
                    long id = rs.getLong(1);
                    byte[] stored = rs.getBytes(8);
                    long[] current;
                    if ("P".equals(rs.getString(2))) {
                        PersonRecord record = Json.read(rs.getString(7), PersonRecord.class);
                        current = engine.persons().keyHashes(record);
                        engine.persons().restore(id, key, rs.getInt(4), rs.getLong(5), record, current, mf,
                                rs.getString(6), rs.getLong(5));
                    } else {
                        LocationRecord record = Json.read(rs.getString(7), LocationRecord.class);
                        current = engine.locations().keyHashes(record);
                        engine.locations().restore(id, key, rs.getInt(4), rs.getLong(5), record, current, mf,
                                rs.getString(6), rs.getLong(5));
                    }
                    if (!BlockingKeys.sameKeys(stored, current)) {
                        rekeyed.add(id);
                    }
                    keys.put(id, key);
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Writes back the keys of the mentions an earlier version filed under other keys, so the store says what
     * the index holds; committed at once, on its own, before anything else is read.
     */
    private static void rekey(Connection c, ResolutionEngine engine, Map<Long, MentionKey> keys, LongArrayList rekeyed)
            throws SQLException {
        if (rekeyed.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE mention SET blocking_keys = ? WHERE id = ?")) {
            for (int i = 0; i < rekeyed.size(); i++) {
                long id = rekeyed.getLong(i);
                ps.setBytes(1, BlockingKeys.encode(currentKeys(engine, keys.get(id))));
                ps.setLong(2, id);
                ps.addBatch();
                if (i % 1_000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
        LOG.info("event=state.rekeyed mentions={}", rekeyed.size());
    }

    /** The keys a restored mention is filed under (computed again rather than held: an upgrade may re-key millions). */
    private static long[] currentKeys(ResolutionEngine engine, MentionKey key) {
        Mention<PersonRecord> person = engine.persons().mention(key);
        if (person != null) {
            return engine.persons().keyHashes(person.record());
        }
        return engine.locations().keyHashes(engine.locations().mention(key).record());
    }

    private static int links(Connection c, ResolutionEngine engine, Map<Long, MentionKey> keys) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT mention_a, mention_b, kind, outcome, probability FROM link")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Resolver<?> resolver = "P".equals(rs.getString(3)) ? engine.persons() : engine.locations();
                    resolver.restoreLink(keys.get(rs.getLong(1)), keys.get(rs.getLong(2)), rs.getDouble(5),
                            MatchOutcome.valueOf(rs.getString(4)));
                    n++;
                }
            }
        }
        return n;
    }

    private static void retired(Connection c, ResolutionEngine engine) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, created_seq FROM entity WHERE active = FALSE");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Resolver<?> resolver = "P".equals(rs.getString(2)) ? engine.persons() : engine.locations();
                resolver.restoreRetired(rs.getString(1), rs.getLong(3));
            }
        }
    }

    private static int alerts(Connection c, AlertBook book) throws SQLException {
        int n = 0;
        Map<String, AlertState> latest = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT state FROM outbox ORDER BY id")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AlertState a = Json.read(rs.getString(1), AlertState.class);
                    latest.merge(a.alertId(), a, (x, y) -> x.version() >= y.version() ? x : y);
                }
            }
        }
        latest.values().forEach(book::restore);
        return latest.size();
    }

    private static long max(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> split(String s) {
        return split(s, ",");
    }

    private static List<String> split(String s, String sep) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(sep));
    }
}
