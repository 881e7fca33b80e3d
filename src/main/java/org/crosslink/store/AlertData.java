package org.crosslink.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosslink.alert.RenderData;
import org.crosslink.model.MentionKey;
import tools.jackson.databind.JsonNode;

/** Reads from the store what rendering alerts needs: the contributing reports and the links between mentions. */
public final class AlertData {
    private AlertData() {
    }

    public static RenderData load(Connection c, Collection<String> reportKeys, Collection<String> mentionKeys) throws SQLException {
        return load(c, reportKeys, mentionKeys, -1);
    }

    /**
     * The reports, the links, and, unless {@code maxUnindexed} is negative, the persons of other entities sharing an
     * identifier with the mentions ({@link SharedIdentifiers}, reading at most that many mentions the index has not).
     */
    public static RenderData load(Connection c, Collection<String> reportKeys, Collection<String> mentionKeys, long maxUnindexed)
            throws SQLException {
        Map<String, RenderData.StoredReport> reports = new HashMap<>();
        InList.query(c, "SELECT report_key, source, report_id, revision, grading, handling, investigation, reported_at, body "
                + "FROM report WHERE report_key IN (", ")", reportKeys, rs -> {
                    String grading = rs.getString(5);
                    byte[] body = rs.getBytes(9);
                    JsonNode json = body == null ? null : Json.MAPPER.readTree(Bodies.inflate(body));
                    reports.put(rs.getString(1), new RenderData.StoredReport(rs.getString(2), rs.getString(3), rs.getInt(4),
                            grading.substring(0, 1), grading.substring(1), rs.getString(6), rs.getString(7),
                            rs.getTimestamp(8).toInstant(), json));
                });
        Map<Long, String> ids = new HashMap<>();
        Set<String> wanted = new HashSet<>(mentionKeys);
        // report key and ref, not mention_key: the index (report_key, ref) answers alone, no row is read
        InList.query(c, "SELECT id, report_key, ref FROM mention WHERE report_key IN (", ")", reportKeys, rs -> {
            String key = MentionKey.text(rs.getString(2), rs.getString(3));
            if (wanted.contains(key)) {
                ids.put(rs.getLong(1), key);
            }
        });
        List<RenderData.Link> links = new ArrayList<>();
        InList.query(c, "SELECT mention_a, mention_b, outcome, probability, evidence FROM link WHERE mention_a IN (", ")",
                ids.keySet(), rs -> {
                    String b = ids.get(rs.getLong(2));
                    if (b != null) {
                        links.add(new RenderData.Link(ids.get(rs.getLong(1)), b, rs.getString(3), rs.getDouble(4),
                                Json.MAPPER.readTree(rs.getString(5))));
                    }
                });
        return new RenderData(reports, links, maxUnindexed < 0 || ids.isEmpty() ? List.of() : associations(c, ids.keySet(), maxUnindexed));
    }

    private static List<RenderData.Association> associations(Connection c, Collection<Long> mentions, long maxUnindexed) throws SQLException {
        List<RenderData.Association> out = new ArrayList<>();
        for (SharedIdentifiers.Shared s : SharedIdentifiers.find(c, mentions, maxUnindexed).shared()) {
            SharedIdentifiers.Side o = s.other();
            out.add(new RenderData.Association(s.mention().mentionKey(), s.type().name(), o.entityId(), o.reportKey(), o.source(),
                    o.handling(), o.childInReport()));
        }
        return out;
    }
}
