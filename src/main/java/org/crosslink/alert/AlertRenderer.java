package org.crosslink.alert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosslink.model.MentionKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders an alert for its recipients, one copy per group of recipients that may see the same things.
 * Who sees what in full is {@link DisclosureRule}'s to say:
 * <ul>
 * <li>A contribution graded P is disclosed in full to every recipient; one graded C only to its own source
 * and to coordinators. Everyone else gets a hit notice: that a link exists, who holds the intelligence and
 * the reference to ask for, and none of the report's content.</li>
 * <li>When a child is involved, a force sees in full only what it reported itself; coordinators see all.</li>
 * <li>The explanation of a link is shown only between contributions the recipient sees in full: the fields
 * that agreed with a hidden report would tell what it says.</li>
 * </ul>
 */
public final class AlertRenderer {
    private static final Comparator<RenderData.Link> STRONGEST_FIRST = Comparator
            .comparingDouble(RenderData.Link::probability).reversed()
            .thenComparing(RenderData.Link::a).thenComparing(RenderData.Link::b);
    private final JsonMapper mapper;
    private final DisclosureRule rule;

    public AlertRenderer(JsonMapper mapper, Recipients recipients) {
        this.mapper = mapper;
        this.rule = new DisclosureRule(recipients);
    }

    /** One copy of an alert: who it is for, and its JSON. */
    public record View(List<String> recipients, List<String> disclosedReports, ObjectNode alert) {
    }

    private enum Disclosure { FULL, HIT_NOTICE }

    /** What one group of recipients sees: each contribution in full or not, and which associations. */
    private record Group(List<Disclosure> evidence, List<Boolean> associations) {
    }

    public List<View> render(AlertState alert, RenderData data) {
        List<MentionKey> evidence = alert.evidence().stream().map(e -> MentionKey.parse(e.substring(0, e.lastIndexOf('@')))).toList();
        List<RenderData.Association> associations = AlertAssociates.of(alert, data, evidence);
        Map<Group, List<String>> groups = new LinkedHashMap<>();
        for (String r : alert.recipients()) {
            List<Disclosure> vector = evidence.stream().map(m -> disclosure(alert, data, m, r)).toList();
            List<Boolean> shown = associations.stream().map(a -> AlertAssociates.shown(rule, alert, data, a, r)).toList();
            groups.computeIfAbsent(new Group(vector, shown), k -> new ArrayList<>()).add(r);
        }
        List<View> views = new ArrayList<>();
        for (Map.Entry<Group, List<String>> g : groups.entrySet()) {
            List<RenderData.Association> shown = new ArrayList<>();
            for (int i = 0; i < associations.size(); i++) {
                if (g.getKey().associations().get(i)) {
                    shown.add(associations.get(i));
                }
            }
            View v = view(alert, data, evidence, g.getKey().evidence(), g.getValue());
            if (!shown.isEmpty()) {
                v.alert().set("associates", AlertAssociates.json(mapper, shown));
            }
            views.add(v);
        }
        return views;
    }

    private Disclosure disclosure(AlertState alert, RenderData data, MentionKey m, String recipient) {
        RenderData.StoredReport r = data.reports().get(m.report().toString());
        return rule.full(recipient, m.report().source(), r == null ? null : r.handling(), alert.childInvolved())
                ? Disclosure.FULL : Disclosure.HIT_NOTICE;
    }

    private View view(AlertState a, RenderData data, List<MentionKey> evidence, List<Disclosure> vector, List<String> to) {
        ObjectNode n = mapper.createObjectNode();
        n.put("alertId", a.alertId());
        n.put("version", a.version());
        n.put("type", a.type().name());
        n.put("severity", a.severity().name());
        n.put("status", a.status().name());
        n.put("raisedAt", a.raisedAt().toString());
        n.put("updatedAt", a.updatedAt().toString());
        strings(n.putArray("entityIds"), a.entityIds());
        strings(n.putArray("sources"), a.sources());
        strings(n.putArray("recipients"), to);
        n.put("summary", a.summary());
        n.put("childInvolved", a.childInvolved());
        if (a.type() == AlertType.VICTIM_TREATED_AS_OFFENDER && a.status() != AlertStatus.WITHDRAWN) {
            n.put("statutoryNote", VictimTreatedAsOffenderRule.STATUTORY_NOTE);
        }
        if (a.reason() != null) {
            n.put("reason", a.reason());
        }
        Set<String> full = new LinkedHashSet<>();
        Set<String> disclosedReports = new LinkedHashSet<>();
        for (int i = 0; i < evidence.size(); i++) {
            if (vector.get(i) == Disclosure.FULL) {
                full.add(evidence.get(i).toString());
                disclosedReports.add(evidence.get(i).report().toString());
            }
        }
        if (a.childInvolved() && full.size() < evidence.size()) {
            n.put("childNotice", "A child is involved. The forces that reported the child and the coordinators hold the details.");
        }
        n.set("subject", subject(data, evidence, full));
        n.set("reports", reports(data, evidence, vector, a));
        n.set("explanation", explanation(data, full, evidence));
        return new View(List.copyOf(to), List.copyOf(disclosedReports), n);
    }

    private ArrayNode reports(RenderData data, List<MentionKey> evidence, List<Disclosure> vector, AlertState a) {
        ArrayNode out = mapper.createArrayNode();
        Map<String, ObjectNode> byReport = new LinkedHashMap<>();
        for (int i = 0; i < evidence.size(); i++) {
            MentionKey m = evidence.get(i);
            RenderData.StoredReport r = data.reports().get(m.report().toString());
            if (r == null) {
                continue;
            }
            ObjectNode entry = byReport.get(m.report().toString());
            if (entry == null) {
                entry = out.addObject();
                byReport.put(m.report().toString(), entry);
                entry.put("source", r.source());
                entry.put("reportId", r.reportId());
                entry.put("revision", r.revision());
                ObjectNode g = entry.putObject("grading");
                g.put("source", r.gradingSource());
                g.put("intelligence", r.gradingIntelligence());
                g.put("handling", r.handling());
                entry.put("disclosure", vector.get(i).name());
                if (vector.get(i) == Disclosure.HIT_NOTICE) {
                    entry.put("notice", r.source() + " holds intelligence linked to this alert. Ask " + r.source()
                            + " for report " + r.reportId() + ".");
                    entry.put("reason", a.childInvolved() ? "CHILD" : "HANDLING_C");
                    continue;
                }
                entry.put("reportedAt", r.reportedAt().toString());
                entry.put("investigationStatus", r.investigation());
                if (r.body() != null) {
                    copy(r.body(), entry, "exploitation", "narrative", "handlingConditions");
                }
                entry.putArray("mentions");
            }
            if (vector.get(i) == Disclosure.FULL && entry.has("mentions")) {
                ObjectNode mention = ((ArrayNode) entry.get("mentions")).addObject();
                mention.put("ref", m.ref());
                JsonNode person = find(r.body(), "persons", m.ref());
                if (person != null) {
                    copy(person, mention, "role");
                    ArrayNode events = mention.putArray("events");
                    for (JsonNode e : r.body().path("events")) {
                        if (m.ref().equals(e.path("personRef").asString(null))) {
                            events.add(e.path("type").asString());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** What the recipient may see of the entity: names, dates, identifiers, addresses from the contributions it sees in full. */
    private ObjectNode subject(RenderData data, List<MentionKey> evidence, Set<String> full) {
        ObjectNode s = mapper.createObjectNode();
        Set<String> names = new LinkedHashSet<>();
        Set<String> aliases = new LinkedHashSet<>();
        Set<String> dates = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> nationalities = new LinkedHashSet<>();
        ArrayNode places = mapper.createArrayNode();
        Set<String> seenPlaces = new LinkedHashSet<>();
        for (MentionKey m : evidence) {
            RenderData.StoredReport r = data.reports().get(m.report().toString());
            if (!full.contains(m.toString()) || r == null || r.body() == null) {
                continue;
            }
            JsonNode p = find(r.body(), "persons", m.ref());
            if (p != null) {
                String name = (p.path("givenName").asString("") + " " + p.path("familyName").asString("")).trim();
                if (!name.isEmpty()) {
                    names.add(name);
                }
                p.path("aliases").forEach(x -> aliases.add(x.asString()));
                if (p.has("dateOfBirth")) {
                    dates.add(p.get("dateOfBirth").asString());
                }
                if (p.has("nationality")) {
                    nationalities.add(p.get("nationality").asString());
                }
                p.path("identifiers").forEach(x -> ids.add(x.path("type").asString() + " " + x.path("value").asString()));
            }
            JsonNode l = find(r.body(), "locations", m.ref());
            if (l != null) {
                ObjectNode place = mapper.createObjectNode();
                copy(l, place, "kind", "name", "addressLines", "town", "postcode", "region", "country", "latitude", "longitude");
                if (seenPlaces.add(place.toString())) {
                    places.add(place);
                }
            }
        }
        strings(s.putArray("names"), names);
        if (!aliases.isEmpty()) {
            strings(s.putArray("aliases"), aliases);
        }
        if (!dates.isEmpty()) {
            strings(s.putArray("datesOfBirth"), dates);
        }
        if (!nationalities.isEmpty()) {
            strings(s.putArray("nationalities"), nationalities);
        }
        if (!ids.isEmpty()) {
            strings(s.putArray("identifiers"), ids);
        }
        if (!places.isEmpty()) {
            s.set("places", places);
        }
        return s;
    }

    /**
     * Why the mentions were joined: the strongest links that connect them, one fewer than the mentions they
     * connect (a spanning forest, strongest first, ties by the mentions' keys). Every link between them would
     * grow with the square of a hotspot's mentions and say no more.
     */
    private ArrayNode explanation(RenderData data, Set<String> full, List<MentionKey> evidence) {
        Set<String> all = new LinkedHashSet<>();
        evidence.forEach(m -> all.add(m.toString()));
        // each link is listed under both its mentions: the same instance, so identity tells them apart cheaply
        Set<RenderData.Link> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<RenderData.Link> among = new ArrayList<>();
        for (String m : all) {
            for (RenderData.Link l : data.linksByMention().getOrDefault(m, List.of())) {
                if (all.contains(l.a()) && all.contains(l.b()) && seen.add(l)) {
                    among.add(l);
                }
            }
        }
        among.sort(STRONGEST_FIRST);
        Map<String, String> parent = new HashMap<>();
        ArrayNode out = mapper.createArrayNode();
        for (RenderData.Link link : among) {
            String ra = root(parent, link.a());
            String rb = root(parent, link.b());
            if (ra.equals(rb)) {
                continue;
            }
            parent.put(ra, rb);
            ObjectNode e = out.addObject();
            strings(e.putArray("mentions"), List.of(link.a(), link.b()));
            e.put("outcome", link.outcome());
            e.put("probability", Math.round(link.probability() * 1_000_000) / 1_000_000.0);
            if (full.contains(link.a()) && full.contains(link.b())) {
                e.set("comparisons", link.evidence().path("comparisons"));
            } else {
                e.put("comparisons", "withheld: a contribution you do not see in full");
            }
        }
        return out;
    }

    private static String root(Map<String, String> parent, String m) {
        String r = m;
        for (String p = parent.get(r); p != null; p = parent.get(r)) {
            r = p;
        }
        if (!r.equals(m)) {
            parent.put(m, r); // a hotspot's chains stay short
        }
        return r;
    }

    private static JsonNode find(JsonNode body, String list, String ref) {
        if (body == null) {
            return null;
        }
        for (JsonNode x : body.path(list)) {
            if (ref.equals(x.path("ref").asString(null))) {
                return x;
            }
        }
        return null;
    }

    private static void copy(JsonNode from, ObjectNode to, String... fields) {
        for (String f : fields) {
            if (from.has(f) && !from.get(f).isNull()) {
                to.set(f, from.get(f));
            }
        }
    }

    private static void strings(ArrayNode array, Iterable<String> values) {
        values.forEach(array::add);
    }
}
