package org.crosslink.alert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.crosslink.model.MentionKey;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The associates an alert names: the persons of other entities who share a phone, vehicle, e-mail address or bank
 * account with its contributing mentions, or are named in reports about the same places. Who lives or works with whom
 * is intelligence in itself, and so is subject to the same rule as the rest: a recipient is told of an association
 * only when it may see both mentions in full (the contribution, and the other person's report, by
 * {@link DisclosureRule}). A report graded C, or one naming a child,
 * discloses nothing of what it shares to those who may not see it; none of the shared values is ever in an alert.
 */
final class AlertAssociates {
    private AlertAssociates() {
    }

    /** The associations of an active alert's contributions with entities the alert is not about: shared identifiers, places. */
    static List<RenderData.Association> of(AlertState alert, RenderData data, List<MentionKey> evidence) {
        if (!alert.isActive() || data.associations().isEmpty() && alert.placeAssociates().isEmpty()) {
            return List.of();
        }
        Set<String> contributions = new HashSet<>();
        evidence.forEach(m -> contributions.add(m.toString()));
        List<RenderData.Association> all = new ArrayList<>(data.associations());
        alert.placeAssociates().forEach(e -> all.add(RenderData.Association.ofPlaceEntry(e)));
        List<RenderData.Association> out = new ArrayList<>();
        for (RenderData.Association a : all) {
            if (contributions.contains(a.mentionKey()) && !alert.entityIds().contains(a.otherEntity())) {
                out.add(a);
            }
        }
        return out;
    }

    /** Whether the recipient may be told of an association: it sees both mentions in full. */
    static boolean shown(DisclosureRule rule, AlertState alert, RenderData data, RenderData.Association a, String recipient) {
        MentionKey ours = MentionKey.parse(a.mentionKey());
        RenderData.StoredReport mine = data.reports().get(ours.report().toString());
        return rule.full(recipient, ours.report().source(), mine == null ? null : mine.handling(), alert.childInvolved())
                && rule.full(recipient, a.otherSource(), a.otherHandling(), a.otherChild());
    }

    /** The associations shown, one entry an entity: how they are associated, and through how many of the other's reports. */
    static ArrayNode json(JsonMapper mapper, List<RenderData.Association> shown) {
        Map<String, Set<String>> via = new TreeMap<>();
        Map<String, Set<String>> reports = new TreeMap<>();
        for (RenderData.Association a : shown) {
            via.computeIfAbsent(a.otherEntity(), k -> new TreeSet<>()).add(a.via());
            reports.computeIfAbsent(a.otherEntity(), k -> new TreeSet<>()).add(a.otherReport());
        }
        ArrayNode out = mapper.createArrayNode();
        for (String entity : via.keySet()) {
            ObjectNode n = out.addObject();
            n.put("entityId", entity);
            ArrayNode kinds = n.putArray("via");
            via.get(entity).forEach(kinds::add);
            n.put("reports", reports.get(entity).size());
        }
        return out;
    }
}
