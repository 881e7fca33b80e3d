package org.crosslink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crosslink.alert.AlertState;
import org.crosslink.alert.RenderData;
import org.crosslink.audit.AuditEntry;
import tools.jackson.databind.JsonNode;

/**
 * What the coordinator's console reads from the store: an entity's mentions with their reports, the links
 * around them, its merges and splits, the mentions of the same reports (for the link chart), an alert's
 * history and what rendering it needs; and the audit entries its consultations write. Every query here
 * goes through an index (primary keys, {@code mention_report}, {@code link_b}, {@code entity_event_entity}):
 * the pages must load in a store of a million persons.
 */
public final class ConsoleStore {
    private static final int CHUNK = 500;
    private final Database db;
    private final AuditLog audit;

    public ConsoleStore(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** A mention as the console shows it, with its report; {@code body} is null once the report is erased. */
    public record MentionRow(long id, String kind, String mentionKey, String reportKey, String source, String reportId, String ref,
                             int revision, String entityId, String role, boolean child, String grading, String handling,
                             Instant reportedAt, String investigation, JsonNode body) {
    }

    /** A link between two mentions, with their entities and the evidence as stored. */
    public record LinkRow(long a, long b, String mentionA, String mentionB, String entityA, String entityB, String outcome,
                          double probability, double total, JsonNode evidence) {
    }

    /** A merge or split. */
    public record EventRow(Instant at, String kind, String entityId, String others, String reason) {
    }

    /** An entity's state: kind ({@code P} or {@code L}), whether active, what it was merged into. */
    public record EntityRow(String id, String kind, boolean active, String mergedInto) {
    }

    /** One version of an alert, as the outbox holds it. */
    public record AlertVersion(AlertState state, Instant createdAt, Instant sentAt) {
    }

    /** The entity, or null when the store has never known it. */
    public EntityRow entity(String id) throws SQLException {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, active, merged_into FROM entity WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return new EntityRow(id, rs.getString(1), rs.getBoolean(2), rs.getString(3));
                    }
                }
            }
            return null;
        });
    }

    /** Mentions by id (the ones an entity has, as the resolver knows them), checked against the store's entity. */
    public List<MentionRow> mentions(Collection<Long> ids, String entityId) throws SQLException {
        return read(c -> {
            List<MentionRow> out = new ArrayList<>();
            for (List<Long> chunk : chunks(ids)) {
                out.addAll(mentionRows(c, "m.id IN (" + marks(chunk.size()) + ")", chunk));
            }
            out.removeIf(m -> entityId != null && !entityId.equals(m.entityId()));
            out.sort((x, y) -> Long.compare(x.id(), y.id()));
            return out;
        });
    }

    /** Every current mention in these reports (the people and places around an entity). */
    public List<MentionRow> mentionsOfReports(Collection<String> reportKeys) throws SQLException {
        return read(c -> {
            List<MentionRow> out = new ArrayList<>();
            for (List<String> chunk : chunks(reportKeys)) {
                out.addAll(mentionRows(c, "m.report_key IN (" + marks(chunk.size()) + ")", chunk));
            }
            return out;
        });
    }

    private static List<MentionRow> mentionRows(Connection c, String where, List<?> args) throws SQLException {
        List<MentionRow> out = new ArrayList<>();
        Map<String, JsonNode> bodies = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.kind, m.mention_key, m.report_key, m.ref, m.revision, "
                + "m.entity_id, m.facts, r.source, r.report_id, r.grading, r.handling, r.reported_at, r.investigation, r.body "
                + "FROM mention m JOIN report r ON r.report_key = m.report_key WHERE " + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String reportKey = rs.getString(4);
                    byte[] body = rs.getBytes(15);
                    JsonNode json = bodies.computeIfAbsent(reportKey, k -> body == null ? null : Json.MAPPER.readTree(Bodies.inflate(body)));
                    String facts = rs.getString(8);
                    String role = facts.substring(0, facts.indexOf('|'));
                    out.add(new MentionRow(rs.getLong(1), rs.getString(2), rs.getString(3), reportKey, rs.getString(9), rs.getString(10),
                            rs.getString(5), rs.getInt(6), rs.getString(7), "-".equals(role) ? null : role,
                            FactsCodec.isChild(facts), rs.getString(11), rs.getString(12),
                            rs.getTimestamp(13).toInstant(), rs.getString(14), json));
                }
            }
        }
        return out;
    }

    /** Every link with at least one end among these mentions, both ends' keys and entities, strongest first. */
    public List<LinkRow> links(Collection<Long> mentionIds) throws SQLException {
        return read(c -> {
            Map<String, LinkRow> out = new LinkedHashMap<>();
            for (List<Long> chunk : chunks(mentionIds)) {
                for (String end : new String[] {"l.mention_a", "l.mention_b"}) {
                    try (PreparedStatement ps = c.prepareStatement("SELECT l.mention_a, l.mention_b, ma.mention_key, mb.mention_key, "
                            + "ma.entity_id, mb.entity_id, l.outcome, l.probability, l.total, l.evidence FROM link l "
                            + "JOIN mention ma ON ma.id = l.mention_a JOIN mention mb ON mb.id = l.mention_b WHERE " + end
                            + " IN (" + marks(chunk.size()) + ")")) {
                        bind(ps, chunk);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.putIfAbsent(rs.getLong(1) + "-" + rs.getLong(2), new LinkRow(rs.getLong(1), rs.getLong(2),
                                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                        rs.getDouble(8), rs.getDouble(9), Json.MAPPER.readTree(rs.getString(10))));
                            }
                        }
                    }
                }
            }
            List<LinkRow> list = new ArrayList<>(out.values());
            list.sort((x, y) -> Double.compare(y.probability(), x.probability()));
            return list;
        });
    }

    /** The near misses of these mentions with mentions of other entities, strongest first, at most {@code limit}. */
    public List<NearMisses.Row> nearMisses(Collection<Long> mentionIds, int limit) throws SQLException {
        return mentionIds.isEmpty() ? List.of() : read(c -> NearMisses.of(c, mentionIds, limit));
    }

    /** The persons of other entities sharing a phone, vehicle, e-mail address or bank account with these mentions. */
    public SharedIdentifiers.Found sharedIdentifiers(Collection<Long> mentionIds, long maxUnindexed) throws SQLException {
        return mentionIds.isEmpty() ? new SharedIdentifiers.Found(List.of(), true) : read(c -> SharedIdentifiers.find(c, mentionIds, maxUnindexed));
    }

    /** The entity's merges and splits, oldest first. */
    public List<EventRow> history(String entityId) throws SQLException {
        return read(c -> {
            List<EventRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT at, kind, entity_id, others, reason FROM entity_event "
                    + "WHERE entity_id = ? ORDER BY id")) {
                ps.setString(1, entityId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new EventRow(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * What rendering one alert for its recipients needs: the same read as the outbox relay's, the persons sharing an
     * identifier with its mentions included (reading at most so many mentions the search index has not).
     */
    public RenderData renderData(AlertState alert, long associatesMaxUnindexed) throws SQLException {
        List<String> reports = alert.evidence().stream().map(e -> e.substring(0, e.indexOf('#'))).distinct().toList();
        List<String> mentions = alert.evidence().stream().map(e -> e.substring(0, e.lastIndexOf('@'))).distinct().toList();
        return read(c -> AlertData.load(c, reports, mentions, associatesMaxUnindexed));
    }

    /** Every version of every alert, oldest first: what the console's inbox is built from at start. */
    public List<AlertVersion> alertVersions() throws SQLException {
        return read(c -> {
            List<AlertVersion> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT state, created_at, sent_at FROM outbox WHERE sent_at IS NOT NULL ORDER BY id")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AlertVersion(Json.read(rs.getString(1), AlertState.class), rs.getTimestamp(2).toInstant(),
                                rs.getTimestamp(3).toInstant()));
                    }
                }
            }
            return out;
        });
    }

    /** Reports processed, by source and outcome (the running totals intake commits with each batch). */
    public Map<String, Map<String, Long>> intakeCounts() throws SQLException {
        return read(c -> {
            Map<String, Map<String, Long>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT source, outcome, n FROM intake_count WHERE source <> '#control'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                }
            }
            return out;
        });
    }

    /** Appends entries (consultations, acknowledgements) to the audit log, in a transaction of their own. */
    public void audit(List<AuditEntry> entries) throws SQLException {
        try (Connection c = db.connection()) {
            try {
                audit.appendAndCommit(c, entries);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private <T> T read(Database.Work<T> work) throws SQLException {
        try (Connection c = db.connection()) {
            try {
                return work.run(c);
            } finally {
                c.rollback();
            }
        }
    }

    static <T> List<List<T>> chunks(Collection<T> all) {
        List<T> list = new ArrayList<>(all);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            out.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return out;
    }

    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static void bind(PreparedStatement ps, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Long l) {
                ps.setLong(i + 1, l);
            } else {
                ps.setString(i + 1, (String) v);
            }
        }
    }
}
