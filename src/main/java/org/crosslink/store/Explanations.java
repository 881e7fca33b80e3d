package org.crosslink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * What the store holds about one entity, for {@code explain}: its mentions with their reports' grading, the
 * links between them and to mentions of other entities (with their evidence), and its merges and splits.
 */
public final class Explanations {
    private final Database db;

    /** A retired (or revived) entity's own row; an active entity is its mentions. */
    public record EntityRow(String kind, boolean active, String mergedInto) {
    }

    /** One mention, with the grading, handling, date and status of its report. */
    public record MentionRow(long id, String mentionKey, int revision, String facts, String record, String grading, String handling,
                             Instant reportedAt, String investigation) {
    }

    /** A link between two mentions: its outcome, probability, total weight in bits and evidence (JSON). */
    public record LinkRow(long mentionA, long mentionB, String outcome, double probability, double total, String evidence) {
    }

    /** A link to a mention of another entity: the link, and each side's mention key and entity. */
    public record PossibleRow(LinkRow link, String mentionKeyA, String entityA, String mentionKeyB, String entityB) {
    }

    /** A person named in a report about a place: the person's entity, the place's entity, the report. */
    public record AssociateRow(String entityId, String placeId, String reportKey) {
    }

    /** A merge, split or other change of the entity. */
    public record EventRow(Instant at, String kind, String entityId, String others, String reason) {
    }

    public Explanations(Database db) {
        this.db = db;
    }

    /** The entity's kind ({@code P} or {@code L}), whether it is active, and what it was merged into; null if none such. */
    public EntityRow entity(String entityId) throws SQLException {
        try (Connection c = db.connection()) {
            try {
                try (PreparedStatement ps = c.prepareStatement("SELECT kind, active, merged_into FROM entity WHERE id = ?")) {
                    ps.setString(1, entityId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return new EntityRow(rs.getString(1), rs.getBoolean(2), rs.getString(3));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT kind FROM mention WHERE entity_id = ? FETCH FIRST 1 ROWS ONLY")) {
                    ps.setString(1, entityId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? new EntityRow(rs.getString(1), true, null) : null;
                    }
                }
            } finally {
                c.rollback();
            }
        }
    }

    /** The entity's mentions, in the order they joined it. */
    public List<MentionRow> mentions(String entityId) throws SQLException {
        List<MentionRow> out = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT m.id, m.mention_key, m.revision, m.facts, m.record, r.grading, "
                     + "r.handling, r.reported_at, r.investigation FROM mention m JOIN report r ON r.report_key = m.report_key "
                     + "WHERE m.entity_id = ? ORDER BY m.seq")) {
            ps.setString(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MentionRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9)));
                }
            }
            c.rollback();
        }
        return out;
    }

    /** The links between these mentions, strongest first. */
    public List<LinkRow> linksBetween(Collection<Long> mentionIds) throws SQLException {
        List<LinkRow> out = new ArrayList<>();
        if (mentionIds.isEmpty()) {
            return out;
        }
        try (Connection c = db.connection();
             PreparedStatement ps = withIdsTwice(c, "SELECT mention_a, mention_b, outcome, probability, total, evidence "
                     + "FROM link WHERE mention_a IN (%1$s) AND mention_b IN (%1$s) ORDER BY probability DESC", mentionIds);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(link(rs));
            }
            c.rollback();
        }
        return out;
    }

    /**
     * Links from these mentions to mentions of other entities, strongest first: evidence that was not enough to
     * join them (a possible match).
     */
    public List<PossibleRow> linksToOthers(Collection<Long> mentionIds) throws SQLException {
        List<PossibleRow> out = new ArrayList<>();
        if (mentionIds.isEmpty()) {
            return out;
        }
        try (Connection c = db.connection();
             PreparedStatement ps = withIdsTwice(c, "SELECT l.mention_a, l.mention_b, l.outcome, l.probability, l.total, "
                     + "l.evidence, ma.mention_key, ma.entity_id, mb.mention_key, mb.entity_id FROM link l "
                     + "JOIN mention ma ON ma.id = l.mention_a JOIN mention mb ON mb.id = l.mention_b "
                     + "WHERE (l.mention_a IN (%1$s) OR l.mention_b IN (%1$s)) AND ma.entity_id <> mb.entity_id "
                     + "ORDER BY l.probability DESC", mentionIds);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new PossibleRow(link(rs), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
            }
            c.rollback();
        }
        return out;
    }

    /**
     * Who is named in reports about the same places as this entity: for a person, the other persons of the reports
     * that name a place of one of its reports (associates: they live or work together, or were found together);
     * for a place, the persons of the reports that name it. Each row is one (entity, place, report), at most
     * {@code limit} rows, in order.
     */
    public List<AssociateRow> associates(String entityId, String kind, int limit) throws SQLException {
        String sql = "P".equals(kind)
                ? "SELECT DISTINCT p2.entity_id, l1.entity_id, p2.report_key FROM mention p1 "
                        + "JOIN mention l1 ON l1.report_key = p1.report_key AND l1.kind = 'L' "
                        + "JOIN mention l2 ON l2.entity_id = l1.entity_id AND l2.kind = 'L' "
                        + "JOIN mention p2 ON p2.report_key = l2.report_key AND p2.kind = 'P' "
                        + "WHERE p1.entity_id = ? AND p1.kind = 'P' AND p2.entity_id <> p1.entity_id "
                        + "ORDER BY 1, 2, 3 FETCH FIRST ? ROWS ONLY"
                : "SELECT DISTINCT p2.entity_id, l1.entity_id, p2.report_key FROM mention l1 "
                        + "JOIN mention p2 ON p2.report_key = l1.report_key AND p2.kind = 'P' "
                        + "WHERE l1.entity_id = ? AND l1.kind = 'L' ORDER BY 1, 2, 3 FETCH FIRST ? ROWS ONLY";
        List<AssociateRow> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, entityId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AssociateRow(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            c.rollback();
        }
        return out;
    }

    /** The near misses of these mentions with mentions of other entities, strongest first, at most {@code limit}. */
    public List<NearMisses.Row> nearMisses(Collection<Long> mentionIds, int limit) throws SQLException {
        try (Connection c = db.connection()) {
            try {
                return mentionIds.isEmpty() ? List.of() : NearMisses.of(c, mentionIds, limit);
            } finally {
                c.rollback();
            }
        }
    }

    /**
     * The persons of other entities who share a phone, vehicle, e-mail address or bank account with these mentions,
     * looked up in the search index and, for what it has not read yet, in the mentions themselves, however many.
     */
    public SharedIdentifiers.Found sharedIdentifiers(Collection<Long> mentionIds) throws SQLException {
        try (Connection c = db.connection()) {
            try {
                return SharedIdentifiers.find(c, mentionIds, Long.MAX_VALUE);
            } finally {
                c.rollback();
            }
        }
    }

    /** The entity's merges and splits, and those of the entities it took in or gave up, in order. */
    public List<EventRow> history(String entityId) throws SQLException {
        List<EventRow> out = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT at, kind, entity_id, others, reason FROM entity_event "
                     + "WHERE entity_id = ? OR others LIKE ? ORDER BY id")) {
            ps.setString(1, entityId);
            ps.setString(2, "%" + entityId + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EventRow(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            c.rollback();
        }
        return out;
    }

    private static LinkRow link(ResultSet rs) throws SQLException {
        return new LinkRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5), rs.getString(6));
    }

    /** A statement whose two {@code %1$s} are the mention ids, bound. */
    private static PreparedStatement withIdsTwice(Connection c, String sql, Collection<Long> ids) throws SQLException {
        PreparedStatement ps = c.prepareStatement(String.format(sql, String.join(",", Collections.nCopies(ids.size(), "?"))));
        try {
            int i = 1;
            for (int round = 0; round < 2; round++) {
                for (long id : ids) {
                    ps.setLong(i++, id);
                }
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
