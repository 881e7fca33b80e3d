package org.crosslink.console;

import static org.crosslink.console.Html.esc;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.crosslink.model.IdentifierType;
import org.crosslink.store.ConsoleStore.MentionRow;
import org.crosslink.store.Json;
import org.crosslink.store.NearMisses;
import org.crosslink.store.SharedIdentifiers;
import tools.jackson.databind.JsonNode;

/**
 * What an entity's page shows of the entities around it beyond its links: its near misses (the strongest candidates
 * its mentions were compared with and not linked to, with the evidence) and the persons who share a phone, vehicle,
 * e-mail address or bank account with it (associates, as far as the viewer may see them).
 */
record EntityRelations(List<NearMisses.Row> nearMisses, SharedIdentifiers.Found shared) {
    /** How an edge of the link chart, or a line of the page, says what two persons share. */
    static String shares(IdentifierType type) {
        return switch (type) {
            case PHONE -> "shares a phone";
            case VEHICLE -> "shares a vehicle";
            case EMAIL -> "shares an e-mail address";
            case BANK_ACCOUNT -> "shares a bank account";
            default -> "shares an identifier";
        };
    }

    /**
     * Near misses, each with its evidence where the viewer sees this side in full and is a coordinator or holds the other
     * side (as for possible matches), and what held the two apart.
     */
    void renderNearMisses(StringBuilder sb, EntityPages.Loaded e, Viewer viewer, Map<Long, MentionRow> byId) {
        sb.append("<h2 class=\"govuk-heading-m\">Near misses (compared, not linked)</h2>");
        if (nearMisses.isEmpty()) {
            sb.append("<p class=\"govuk-body\">None.</p>");
            return;
        }
        for (NearMisses.Row n : nearMisses) {
            boolean ours = byId.containsKey(n.mention());
            MentionRow mine = byId.get(ours ? n.mention() : n.other());
            String otherKey = ours ? n.otherKey() : n.mentionKey();
            String other = ours ? n.otherEntity() : n.entity();
            if (mine == null) {
                continue;
            }
            String otherSource = otherKey.substring(0, otherKey.indexOf('/'));
            JsonNode evidence = Json.MAPPER.readTree(n.evidence());
            sb.append("<p class=\"govuk-body\">").append(esc(mine.mentionKey())).append(" and a mention held by ").append(esc(otherSource))
                    .append(" in <a class=\"govuk-link\" href=\"/entities/").append(esc(other)).append("\">").append(esc(other)).append("</a>: ")
                    .append("no match, probability ").append(esc(String.format("%.4f", n.probability()))).append(", total ")
                    .append(esc(String.format("%+.1f", n.total()))).append(" bits")
                    .append(evidence.hasNonNull("heldApart") ? "; held apart: " + esc(evidence.get("heldApart").asString()) : "").append("</p>");
            if (e.full(mine) && (viewer.isCoordinator() || viewer.code().equals(otherSource))) {
                sb.append(EntityView.comparisons(evidence.path("comparisons")));
            } else {
                sb.append("<p class=\"govuk-body-s\">Evidence withheld: a contribution you do not see in full.</p>");
            }
        }
    }

    /** The persons who share an identifier with this one, by entity and kind, with the reports: never the value. */
    void renderShared(StringBuilder sb) {
        sb.append("<h2 class=\"govuk-heading-m\">Associates sharing a phone, vehicle, e-mail address or bank account</h2>");
        Map<String, TreeSet<String>> reports = new TreeMap<>();
        for (SharedIdentifiers.Shared s : shared.shared()) {
            reports.computeIfAbsent(s.other().entityId() + "|" + shares(s.type()), k -> new TreeSet<>()).add(s.other().reportKey());
        }
        if (reports.isEmpty()) {
            sb.append("<p class=\"govuk-body\">None you may see.</p>");
        } else {
            sb.append("<ul class=\"govuk-list govuk-list--bullet\" id=\"shared-identifiers\">");
            reports.forEach((key, in) -> {
                String entity = key.substring(0, key.indexOf('|'));
                sb.append("<li><a class=\"govuk-link\" href=\"/entities/").append(esc(entity)).append("\">").append(esc(entity))
                        .append("</a> ").append(esc(key.substring(key.indexOf('|') + 1))).append(" (")
                        .append(esc(String.join(", ", in))).append(")</li>");
            });
            sb.append("</ul>");
        }
        if (!shared.complete()) {
            sb.append("<p class=\"govuk-body-s\">The search index is behind, or an identifier is shared too widely: the list may be incomplete.</p>");
        }
    }
}
