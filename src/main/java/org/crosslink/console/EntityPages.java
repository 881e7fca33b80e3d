package org.crosslink.console;


import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.crosslink.audit.AuditAction;
import org.crosslink.audit.AuditEntry;
import org.crosslink.store.ConsoleStore;
import org.crosslink.store.ConsoleStore.MentionRow;
import org.crosslink.store.SharedIdentifiers;

/**
 * An entity's page (its mentions with source, report, revision, grading and role; the links that join them with
 * their evidence; the links to other entities that did not join them; its merges and splits; its alerts) and its
 * link chart's data, one hop at a time. Who may open an entity, and what of each mention is shown, is
 * {@link Viewer}'s to say; a report's content is shown in full only under the disclosure rule, and is treated as
 * involving a child when the entity or any person in that report is one.
 */
final class EntityPages {
    /** Mentions shown on one page; a hotspot has more, and says so. */
    private static final int MAX_MENTIONS = 500;
    /** Near misses shown on one page, strongest first. */
    private static final int MAX_NEAR_MISSES = 50;
    private final ConsoleStore store;
    private final long associatesMaxUnindexed;
    private final Inbox inbox;
    private final ConsoleServices.Members members;
    private final Clock clock;

    EntityPages(ConsoleStore store, Inbox inbox, ConsoleServices.Members members, Clock clock, long associatesMaxUnindexed) {
        this.store = store;
        this.associatesMaxUnindexed = associatesMaxUnindexed;
        this.inbox = inbox;
        this.members = members;
        this.clock = clock;
    }

    /** An entity as loaded for one viewer: its mentions, the other mentions of its reports, what the viewer sees in full. */
    record Loaded(String id, String kind, ConsoleStore.EntityRow row, List<MentionRow> mentions, List<MentionRow> around,
                  Set<String> fullReports, boolean child) {
        boolean full(MentionRow m) {
            return fullReports.contains(m.reportKey());
        }
    }

    /** The entity if the viewer may open it, else null. */
    Loaded load(String id, Viewer viewer) throws Exception {
        if (id == null || !id.matches("[A-Z]-[A-Z0-9]{1,18}")) {
            return null;
        }
        List<Long> ids = members.of(id).stream().map(ConsoleServices.Member::id).toList();
        List<MentionRow> mentions = ids.isEmpty() ? List.of() : store.mentions(ids.size() > MAX_MENTIONS ? ids.subList(0, MAX_MENTIONS) : ids, id);
        ConsoleStore.EntityRow row = mentions.isEmpty() ? store.entity(id) : null;
        if (mentions.isEmpty() && row == null) {
            return null;
        }
        boolean allowed = inbox.toldOf(viewer, id) || mentions.stream().anyMatch(m -> viewer.covers(m.source()));
        if (!allowed) {
            return null;
        }
        boolean child = mentions.stream().anyMatch(MentionRow::child);
        Set<String> reports = new LinkedHashSet<>();
        mentions.forEach(m -> reports.add(m.reportKey()));
        List<MentionRow> around = store.mentionsOfReports(reports);
        Set<String> childReports = new HashSet<>();
        around.stream().filter(MentionRow::child).forEach(m -> childReports.add(m.reportKey()));
        Set<String> full = new HashSet<>();
        for (MentionRow m : mentions) {
            if (m.body() != null && viewer.seesInFull(m.source(), m.handling(), child || childReports.contains(m.reportKey()))) {
                full.add(m.reportKey());
            }
        }
        String kind = mentions.isEmpty() ? row.kind() : mentions.get(0).kind();
        return new Loaded(id, kind, row, mentions, around, full, child);
    }

    /** Whether the viewer may open the entity: an alert it received concerns it, or it covers a source that mentions it. */
    boolean mayOpen(String id, Viewer viewer, List<ConsoleServices.Member> of) {
        return inbox.toldOf(viewer, id) || of.stream().anyMatch(m -> viewer.covers(m.source()));
    }

    List<ConsoleServices.Member> members(String id) {
        return members.of(id);
    }

    void page(RoutingContext ctx, Viewer viewer) {
        try {
            Loaded e = load(ctx.pathParam("id"), viewer);
            if (e == null) {
                Pages.notFound(ctx, viewer);
                return;
            }
            List<Long> mentionIds = e.mentions().stream().map(MentionRow::id).toList();
            List<ConsoleStore.LinkRow> links = mentionIds.isEmpty() ? List.of() : store.links(mentionIds);
            List<ConsoleStore.EventRow> history = store.history(e.id());
            EntityRelations relations = new EntityRelations(store.nearMisses(mentionIds, MAX_NEAR_MISSES), shared(e, viewer));
            String html = EntityPage.render(e, viewer, links, relations, history, inbox.on(viewer, e.id()), MAX_MENTIONS);
            consulted(viewer, e, "console entity page");
            Pages.send(ctx, 200, Html.page(("P".equals(e.kind()) ? "Person " : "Place ") + e.id(), viewer, Console.csrf(ctx.session()),
                    Html.Nav.NONE, html));
        } catch (Exception ex) {
            ctx.fail(ex);
        }
    }

    /** The chart's data around one entity: its reports, their forces, and the people and places those reports name. */
    void graph(RoutingContext ctx, Viewer viewer) {
        try {
            Loaded e = load(ctx.pathParam("id"), viewer);
            if (e == null) {
                ctx.response().setStatusCode(404).putHeader("Content-Type", "application/json").end("{\"error\":\"not found\"}");
                return;
            }
            consulted(viewer, e, "console link chart");
            Pages.sendJson(ctx, graph(e, viewer, shared(e, viewer).shared()).encode());
        } catch (Exception ex) {
            ctx.fail(ex);
        }
    }

    /**
     * The persons of other entities who share a phone, vehicle, e-mail address or bank account with the entity, as far as
     * the viewer may see: only where it sees both mentions in full (a report graded C, or one naming a child, is not
     * disclosed through what it shares). A person only; a place shares no identifiers.
     */
    SharedIdentifiers.Found shared(Loaded e, Viewer viewer) throws Exception {
        if (!"P".equals(e.kind())) {
            return new SharedIdentifiers.Found(List.of(), true);
        }
        Map<Long, MentionRow> mine = new HashMap<>();
        e.mentions().forEach(m -> mine.put(m.id(), m));
        SharedIdentifiers.Found found = store.sharedIdentifiers(mine.keySet(), associatesMaxUnindexed);
        List<SharedIdentifiers.Shared> visible = new ArrayList<>();
        for (SharedIdentifiers.Shared s : found.shared()) {
            MentionRow m = mine.get(s.mention().id());
            SharedIdentifiers.Side o = s.other();
            if (m != null && e.full(m) && viewer.seesInFull(o.source(), o.handling(), o.childInReport())) {
                visible.add(s);
            }
        }
        return new SharedIdentifiers.Found(visible, found.complete());
    }

    static JsonObject graph(Loaded e, Viewer viewer, List<SharedIdentifiers.Shared> shared) {
        Map<String, JsonObject> nodes = new LinkedHashMap<>();
        JsonArray edges = new JsonArray();
        nodes.put(e.id(), node(e.id(), "P".equals(e.kind()) ? "person" : "place", EntityPage.title(e), e.id()));
        Set<String> edgeIds = new HashSet<>();
        for (MentionRow m : e.mentions()) {
            String report = "r:" + m.reportKey();
            nodes.putIfAbsent(report, node(report, "report", m.source() + " " + m.reportId(), null));
            nodes.putIfAbsent("f:" + m.source(), node("f:" + m.source(), "force", m.source(), null));
            edge(edges, edgeIds, e.id(), report, e.full(m) && m.role() != null ? Html.words(m.role()) : "mentioned");
            edge(edges, edgeIds, report, "f:" + m.source(), "reported by");
        }
        for (MentionRow n : e.around()) {
            if (n.entityId().equals(e.id()) || !e.fullReports().contains(n.reportKey())) {
                continue;
            }
            // a neighbour is named only if the rule lets the viewer see it in full, a child as a child
            String label = viewer.seesInFull(n.source(), n.handling(), n.child() || e.child())
                    ? EntityView.label(n.kind(), EntityView.find(n.body(), n.kind(), n.ref())) : null;
            nodes.putIfAbsent(n.entityId(), node(n.entityId(), "P".equals(n.kind()) ? "person" : "place",
                    label == null ? ("P".equals(n.kind()) ? "Person " : "Place ") + n.entityId() : label, n.entityId()));
            edge(edges, edgeIds, n.entityId(), "r:" + n.reportKey(), n.role() != null ? Html.words(n.role()) : "mentioned");
        }
        for (SharedIdentifiers.Shared s : shared) {
            String other = s.other().entityId();
            nodes.putIfAbsent(other, node(other, "person", "Person " + other, other));
            edge(edges, edgeIds, e.id(), other, EntityRelations.shares(s.type()));
        }
        return new JsonObject().put("center", e.id()).put("nodes", new JsonArray(new ArrayList<>(nodes.values()))).put("edges", edges);
    }

    private static JsonObject node(String id, String type, String label, String entity) {
        JsonObject n = new JsonObject().put("id", id).put("type", type).put("label", label);
        if (entity != null) {
            n.put("entity", entity);
        }
        return n;
    }

    private static void edge(JsonArray edges, Set<String> seen, String from, String to, String label) {
        // one edge a pair, and one a kind of identifier two persons share
        String id = from + ">" + to + (label.startsWith("shares ") ? "~" + label : "");
        if (seen.add(id)) {
            edges.add(new JsonObject().put("id", id).put("source", from).put("target", to).put("label", label));
        }
    }

    /** One consultation entry per report the viewer saw in full, or one for the entity when it saw hit notices only. */
    private void consulted(Viewer viewer, Loaded e, String what) throws Exception {
        Instant now = clock.instant();
        List<AuditEntry> entries = new ArrayList<>();
        for (String report : e.fullReports()) {
            entries.add(new AuditEntry(now, viewer.code(), AuditAction.CONSULTATION, report, e.id(), null, null, what + ": report shown in full"));
        }
        if (entries.isEmpty()) {
            entries.add(new AuditEntry(now, viewer.code(), AuditAction.CONSULTATION, null, e.id(), null, null, what + ": hit notices only"));
        }
        store.audit(entries);
    }

}
