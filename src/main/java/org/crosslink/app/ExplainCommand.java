package org.crosslink.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.crosslink.audit.AuditAction;
import org.crosslink.audit.AuditEntry;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.store.AuditLog;
import org.crosslink.store.Database;
import org.crosslink.store.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** Shows every mention of an entity, from which source and report, and why they were joined. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show every mention of an entity (source, report, revision, grading), the evidence of every link",
                "between them (each comparison, its level and weight, the total), the links to mentions of other entities",
                "that were not enough to join them (possible matches), and the entity's merges and splits.",
                "The consultation is recorded in the audit log."})
public final class ExplainCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "ENTITY_ID")
    String entityId;

    @Option(names = "--as", description = "Who is consulting, for the audit log (default: the operating-system user).")
    String actor = System.getProperty("user.name");

    @Override
    public Integer call() throws Exception {
        try (Database db = BusRuntime.openDatabase(common.settings()); Connection c = db.connection()) {
            String[] entity = entity(c);
            if (entity == null) {
                System.out.printf("no entity %s%n", entityId);
                c.rollback();
                return 1;
            }
            boolean active = Boolean.parseBoolean(entity[1]);
            System.out.printf("Entity %s (%s)%s%n", entityId, "P".equals(entity[0]) ? "person" : "place",
                    active ? "" : ", retired" + (entity[2] == null ? "" : ": merged into " + entity[2]));
            Map<Long, String> mentions = mentions(c);
            links(c, mentions);
            possible(c, mentions);
            history(c);
            new AuditLog().appendAndCommit(c, List.of(new AuditEntry(Instant.now(), actor, AuditAction.CONSULTATION, null,
                    entityId, null, null, "explain: " + mentions.size() + " mentions")));
            return 0;
        }
    }

    /** Kind, active, merged into: a retired (or revived) entity has a row; an active one is its mentions. */
    private String[] entity(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, active, merged_into FROM entity WHERE id = ?")) {
            ps.setString(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return new String[] {rs.getString(1), Boolean.toString(rs.getBoolean(2)), rs.getString(3)};
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT kind FROM mention WHERE entity_id = ? FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), "true", null} : null;
            }
        }
    }

    private Map<Long, String> mentions(Connection c) throws Exception {
        Map<Long, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.mention_key, m.revision, m.facts, m.record, r.grading, r.handling, "
                + "r.reported_at, r.investigation FROM mention m JOIN report r ON r.report_key = m.report_key WHERE m.entity_id = ? ORDER BY m.seq")) {
            ps.setString(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
                System.out.printf("%n%d mentions:%n", out.size());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String role = rs.getString(4).split("\\|")[0];
                    System.out.printf("  %-44s rev %d  %-16s graded %s %s  reported %s  %s%n    %s%n", rs.getString(2), rs.getInt(3),
                            "-".equals(role) ? "" : role, rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                            rs.getString(9), describe(Json.MAPPER.readTree(rs.getString(5))));
                }
            }
        }
        return out;
    }

    private static String describe(JsonNode r) {
        List<String> parts = new ArrayList<>();
        JsonNode name = r.path("name");
        if (name.isObject()) {
            parts.add("name " + (name.path("given").asString("?") + " " + name.path("family").asString("?")).trim());
            JsonNode dob = r.path("dateOfBirth");
            if (dob.isObject()) {
                parts.add(String.format("born %04d-%02d-%02d", dob.path("year").asInt(), dob.path("month").asInt(), dob.path("day").asInt()));
            }
            r.path("ids").forEach(i -> parts.add(i.path("type").asString() + " " + i.path("value").asString()));
        } else {
            if (!name.isNull() && !name.isMissingNode()) {
                parts.add("premises " + name.asString());
            }
            JsonNode a = r.path("address");
            parts.add(("address " + a.path("number").asString("") + " " + a.path("street").asString("") + " "
                    + a.path("town").asString("") + " " + a.path("postcode").asString("")).replaceAll("\\s+", " ").trim());
        }
        return "as normalised: " + String.join(", ", parts);
    }

    private static void links(Connection c, Map<Long, String> mentions) throws Exception {
        System.out.printf("%nWhy they are joined:%n");
        if (mentions.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = withMentionsTwice(c, "SELECT mention_a, mention_b, outcome, probability, total, evidence "
                + "FROM link WHERE mention_a IN (%1$s) AND mention_b IN (%1$s) ORDER BY probability DESC", mentions);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                System.out.printf("  %s <-> %s%n    %s p=%.6f total %.1f bits:", mentions.get(rs.getLong(1)), mentions.get(rs.getLong(2)),
                        rs.getString(3), rs.getDouble(4), rs.getDouble(5));
                evidence(rs.getString(6));
            }
        }
    }

    /**
     * Links from this entity's mentions to mentions of other entities: evidence that was not enough to join
     * them (a possible match), for an analyst to weigh. Names the other mention and its entity, not its content.
     */
    private static void possible(Connection c, Map<Long, String> mentions) throws Exception {
        if (mentions.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = withMentionsTwice(c, "SELECT l.mention_a, l.mention_b, l.outcome, l.probability, l.total, "
                + "l.evidence, ma.mention_key, ma.entity_id, mb.mention_key, mb.entity_id FROM link l "
                + "JOIN mention ma ON ma.id = l.mention_a JOIN mention mb ON mb.id = l.mention_b "
                + "WHERE (l.mention_a IN (%1$s) OR l.mention_b IN (%1$s)) AND ma.entity_id <> mb.entity_id "
                + "ORDER BY l.probability DESC", mentions);
             ResultSet rs = ps.executeQuery()) {
            System.out.printf("%nPossibly the same as (linked, not joined):%n");
            while (rs.next()) {
                boolean ours = mentions.containsKey(rs.getLong(1));
                System.out.printf("  %s <-> %s in %s%n    %s p=%.6f total %.1f bits:", ours ? rs.getString(7) : rs.getString(9),
                        ours ? rs.getString(9) : rs.getString(7), ours ? rs.getString(10) : rs.getString(8),
                        rs.getString(3), rs.getDouble(4), rs.getDouble(5));
                evidence(rs.getString(6));
            }
        }
    }

    /** A statement whose two {@code %1$s} are the entity's mention ids, bound. */
    private static PreparedStatement withMentionsTwice(Connection c, String sql, Map<Long, String> mentions) throws Exception {
        PreparedStatement ps = c.prepareStatement(String.format(sql, String.join(",", Collections.nCopies(mentions.size(), "?"))));
        try {
            int i = 1;
            for (int round = 0; round < 2; round++) {
                for (long id : mentions.keySet()) {
                    ps.setLong(i++, id);
                }
            }
            return ps;
        } catch (Exception e) {
            ps.close();
            throw e;
        }
    }

    /** A link's comparisons, each field with its level and weight, ending the line. */
    private static void evidence(String json) {
        for (JsonNode cmp : Json.MAPPER.readTree(json).path("comparisons")) {
            System.out.printf(" %s %s %+.1f;", cmp.path("field").asString(), cmp.path("level").asString(), cmp.path("weight").asDouble());
        }
        System.out.println();
    }

    private void history(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT at, kind, entity_id, others, reason FROM entity_event "
                + "WHERE entity_id = ? OR others LIKE ? ORDER BY id")) {
            ps.setString(1, entityId);
            ps.setString(2, "%" + entityId + "%");
            try (ResultSet rs = ps.executeQuery()) {
                System.out.printf("%nHistory:%n");
                while (rs.next()) {
                    System.out.printf("  %s %s %s <- %s: %s%n", rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5));
                }
            }
        }
    }
}
