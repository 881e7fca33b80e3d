package org.crosslink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosslink.model.IdentifierType;
import tools.jackson.databind.JsonNode;

/**
 * The persons of other entities who share a phone, a vehicle, an e-mail address or a bank account with given person
 * mentions: associates, never the same person. Found when they are wanted (by {@code explain}, the console, the outbox
 * relay), never written by a batch, so that they cost intake nothing: each identifier is looked up in the console's
 * search index (the hash of its term, {@link SearchStore#identifierTerm}), and the mentions the index has not read yet
 * are read from the mention table itself, up to a bound. Every mention found is checked against its stored record: a
 * hash two values share, or a mention gone since the index read it, never makes an associate.
 */
public final class SharedIdentifiers {
    /** The identifiers people share: personal ones (passport, NI number...) make the same person, not an associate. */
    public static final Set<IdentifierType> SHARED = EnumSet.of(IdentifierType.PHONE, IdentifierType.VEHICLE, IdentifierType.EMAIL,
            IdentifierType.BANK_ACCOUNT);
    /** At most this many mentions filed under the identifiers are read: a number hundreds share is shown in part. */
    static final int MAX_CANDIDATES = 2000;

    private SharedIdentifiers() {
    }

    /**
     * One side of a shared identifier: a person mention, its entity, and what its disclosure depends on: its report's
     * handling code, and whether that report names a child.
     */
    public record Side(long id, String mentionKey, String reportKey, String entityId, String handling, boolean childInReport) {
        public String source() {
            return mentionKey.substring(0, mentionKey.indexOf('/'));
        }
    }

    /** A person mention of another entity sharing an identifier of this type with one of the given mentions. */
    public record Shared(IdentifierType type, Side mention, Side other) {
    }

    /**
     * What was found. {@code complete} is false when the search index was further behind the store than the bound
     * allows (the mentions it has not read were not looked at), or when an identifier is shared too widely to read it all.
     */
    public record Found(List<Shared> shared, boolean complete) {
    }

    /** A person mention as read, with its shared identifiers' terms. */
    private record Row(long id, String mentionKey, String reportKey, String entityId, String handling, Map<String, IdentifierType> terms) {
    }

    /**
     * The persons of other entities sharing an identifier with these person mentions (others are ignored), in the
     * caller's transaction.
     *
     * @param maxUnindexed how many mentions the index may not have read yet for those to be read directly; beyond it the
     *                     index alone is used, and the answer is incomplete
     */
    public static Found find(Connection c, Collection<Long> mentionIds, long maxUnindexed) throws SQLException {
        long indexed = SearchStore.progress(c);
        boolean readUnindexed = latestMention(c) - indexed <= maxUnindexed;
        if (!readUnindexed && indexed == 0) {
            return new Found(List.of(), false); // no index (a bus without its console) and too much to read: nothing to ask
        }
        List<Row> ours = rows(c, new ArrayList<>(mentionIds));
        Map<String, List<Row>> byTerm = new LinkedHashMap<>();
        for (Row r : ours) {
            r.terms().keySet().forEach(t -> byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(r));
        }
        if (byTerm.isEmpty()) {
            return new Found(List.of(), true);
        }
        List<Long> hashes = byTerm.keySet().stream().map(SearchStore::termHash).toList();
        Set<Long> candidates = new LinkedHashSet<>(SearchStore.filedUnder(c, hashes, MAX_CANDIDATES));
        boolean complete = candidates.size() < MAX_CANDIDATES;
        if (readUnindexed) {
            candidates.addAll(unindexed(c, indexed, byTerm.keySet()));
        } else {
            complete = false;
        }
        ours.forEach(r -> candidates.remove(r.id()));
        List<Row> theirs = rows(c, new ArrayList<>(candidates));
        Set<String> reports = new HashSet<>();
        ours.forEach(r -> reports.add(r.reportKey()));
        theirs.forEach(r -> reports.add(r.reportKey()));
        Set<String> childReports = childReports(c, reports);
        List<Shared> out = new ArrayList<>();
        for (Row t : theirs) {
            for (Map.Entry<String, IdentifierType> term : t.terms().entrySet()) {
                for (Row o : byTerm.getOrDefault(term.getKey(), List.of())) {
                    if (!o.entityId().equals(t.entityId())) {
                        out.add(new Shared(term.getValue(), side(o, childReports), side(t, childReports)));
                    }
                }
            }
        }
        out.sort(Comparator.comparing((Shared s) -> s.other().entityId()).thenComparing(s -> s.type().name())
                .thenComparing(s -> s.other().mentionKey()).thenComparing(s -> s.mention().mentionKey()));
        return new Found(List.copyOf(out), complete);
    }

    private static Side side(Row r, Set<String> childReports) {
        return new Side(r.id(), r.mentionKey(), r.reportKey(), r.entityId(), r.handling(), childReports.contains(r.reportKey()));
    }

    /** Person mentions by id, with their report's handling and their shared identifiers' terms. */
    private static List<Row> rows(Connection c, List<Long> ids) throws SQLException {
        List<Row> out = new ArrayList<>();
        InList.query(c, "SELECT m.id, m.mention_key, m.report_key, m.entity_id, m.record, r.handling "
                + "FROM mention m JOIN report r ON r.report_key = m.report_key WHERE m.kind = 'P' AND m.id IN (", ")", ids,
                rs -> out.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(6),
                        terms(rs.getString(5)))));
        return out;
    }

    /** The terms of a stored person record's shared identifiers. */
    private static Map<String, IdentifierType> terms(String record) {
        Map<String, IdentifierType> out = new LinkedHashMap<>();
        for (JsonNode id : Json.MAPPER.readTree(record).path("ids")) {
            IdentifierType type = IdentifierType.valueOf(id.path("type").asString());
            if (SHARED.contains(type)) {
                out.put(SearchStore.identifierTerm(type.name(), id.path("value").asString()), type);
            }
        }
        return out;
    }

    /** The person mentions the index has not read yet whose record holds one of the terms' values. */
    private static List<Long> unindexed(Connection c, long indexed, Set<String> terms) throws SQLException {
        List<String> values = terms.stream().map(t -> t.substring(t.indexOf('|', 3) + 1)).distinct().toList();
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, record FROM mention WHERE id > ? AND kind = 'P'")) {
            ps.setLong(1, indexed);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String record = rs.getString(2);
                    // a cheap look before the record is read: the terms of those that pass are checked with the rest
                    if (values.stream().anyMatch(record::contains)) {
                        out.add(rs.getLong(1));
                    }
                }
            }
        }
        return out;
    }

    private static long latestMention(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM mention"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The reports, of these, that name a child (any of their persons): what they say is a child's, whoever shares it. */
    private static Set<String> childReports(Connection c, Collection<String> reportKeys) throws SQLException {
        Set<String> out = new HashSet<>();
        InList.query(c, "SELECT report_key, facts FROM mention WHERE report_key IN (", ")", reportKeys, rs -> {
            if (FactsCodec.isChild(rs.getString(2))) {
                out.add(rs.getString(1));
            }
        });
        return out;
    }
}
