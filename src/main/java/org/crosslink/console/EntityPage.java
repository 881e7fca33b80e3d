package org.crosslink.console;

import static org.crosslink.console.Html.esc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crosslink.store.ConsoleStore;
import org.crosslink.store.ConsoleStore.MentionRow;
import tools.jackson.databind.JsonNode;

/** The HTML of an entity's page. */
final class EntityPage {
    private EntityPage() {
    }

    /** The entity's name as the viewer may see it (from a mention it sees in full), else its kind and id. */
    static String title(EntityPages.Loaded e) {
        for (MentionRow m : e.mentions()) {
            if (e.full(m)) {
                String label = EntityView.label(m.kind(), EntityView.find(m.body(), m.kind(), m.ref()));
                if (label != null) {
                    return label;
                }
            }
        }
        return ("P".equals(e.kind()) ? "Person " : "Place ") + e.id();
    }

    static String render(EntityPages.Loaded e, Viewer viewer, List<ConsoleStore.LinkRow> links, EntityRelations relations,
                         List<ConsoleStore.EventRow> history, List<Inbox.Entry> alerts, int max) {
        StringBuilder sb = new StringBuilder();
        boolean person = "P".equals(e.kind());
        sb.append("<span class=\"govuk-caption-l\">").append(person ? "Person " : "Place ").append(esc(e.id())).append("</span>")
                .append("<h1 class=\"govuk-heading-l\" id=\"entity-title\">").append(esc(title(e))).append("</h1>");
        if (e.row() != null && !e.row().active()) {
            sb.append("<div class=\"govuk-inset-text\">This entity is retired").append(e.row().mergedInto() == null ? "" : ": merged into <a class=\"govuk-link\" href=\"/entities/"
                    + esc(e.row().mergedInto()) + "\">" + esc(e.row().mergedInto()) + "</a>").append(".</div>");
        }
        if (e.child()) {
            sb.append("<div class=\"govuk-inset-text\">A child is involved. The forces that reported the child and the coordinators hold the details.</div>");
        }
        if (!alerts.isEmpty()) {
            sb.append("<h2 class=\"govuk-heading-m\">Alerts</h2><ul class=\"govuk-list\">");
            for (Inbox.Entry a : alerts) {
                sb.append("<li><a class=\"govuk-link\" href=\"/alerts/").append(esc(a.alert().alertId())).append("\">")
                        .append(esc(Html.words(a.alert().type().name()))).append("</a> ")
                        .append(Html.tag(Html.words(a.alert().status().name()), Html.statusColour(a.alert().status().name()))).append("</li>");
            }
            sb.append("</ul>");
        }
        chart(sb, e);
        mentions(sb, e, max);
        Map<Long, MentionRow> byId = new HashMap<>();
        e.mentions().forEach(m -> byId.put(m.id(), m));
        joined(sb, e, links, byId);
        possible(sb, e, viewer, links, byId);
        relations.renderNearMisses(sb, e, viewer, byId);
        if (person) {
            relations.renderShared(sb);
        }
        history(sb, history);
        return sb.toString();
    }

    private static void chart(StringBuilder sb, EntityPages.Loaded e) {
        sb.append("<h2 class=\"govuk-heading-m\" id=\"chart-heading\">Link chart</h2>")
                .append("<p class=\"govuk-body-s\" id=\"chart-help\">The ").append("P".equals(e.kind()) ? "person" : "place")
                .append(" with the reports that mention it, the forces that made them and the people and places they name. ")
                .append("Drag to rearrange. Select a person or place and press Enter, or double-click it, to show what is around it.</p>")
                .append("<div class=\"crosslink-chart-tools\"><button type=\"button\" class=\"govuk-button govuk-button--secondary\" ")
                .append("data-module=\"govuk-button\" id=\"two-hops\">Show two hops</button> ")
                .append("<button type=\"button\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\" id=\"re-layout\">Arrange again</button></div>")
                .append("<div id=\"chart\" class=\"crosslink-chart\" tabindex=\"0\" role=\"application\" aria-labelledby=\"chart-heading\" ")
                .append("aria-describedby=\"chart-help\" data-entity=\"").append(esc(e.id())).append("\"></div>")
                .append("<p class=\"govuk-body-s\" id=\"chart-status\" aria-live=\"polite\"></p>");
    }

    private static void mentions(StringBuilder sb, EntityPages.Loaded e, int max) {
        sb.append("<h2 class=\"govuk-heading-m\">Mentions</h2>");
        if (e.mentions().size() >= max) {
            sb.append("<p class=\"govuk-body\">The first ").append(max).append(" mentions are shown.</p>");
        }
        sb.append("<table class=\"govuk-table\" id=\"mentions\"><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">")
                .append("<th scope=\"col\" class=\"govuk-table__header\">Source and report</th>")
                .append("<th scope=\"col\" class=\"govuk-table__header\">Grading</th>")
                .append("<th scope=\"col\" class=\"govuk-table__header\">Role</th>")
                .append("<th scope=\"col\" class=\"govuk-table__header\">What the report says</th></tr></thead><tbody class=\"govuk-table__body\">");
        for (MentionRow m : e.mentions()) {
            sb.append("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">").append(esc(m.source())).append(" ")
                    .append(esc(m.reportId())).append(" ").append(esc(m.ref())).append("<br><span class=\"govuk-body-s\">revision ")
                    .append(m.revision()).append(", reported ").append(Html.timeTag(m.reportedAt())).append(", ")
                    .append(esc(Html.words(m.investigation()))).append("</span></td>")
                    .append("<td class=\"govuk-table__cell\">").append(esc(m.grading() + m.handling())).append("</td>");
            if (e.full(m)) {
                JsonNode n = EntityView.find(m.body(), m.kind(), m.ref());
                sb.append("<td class=\"govuk-table__cell\">").append(esc(Html.words(m.role()))).append("</td><td class=\"govuk-table__cell\">")
                        .append(n == null ? "" : "P".equals(m.kind()) ? EntityView.person(n, m.body()) : esc(EntityView.place(n)));
                if (m.body().hasNonNull("narrative")) {
                    sb.append("<br><span class=\"govuk-body-s\">").append(esc(m.body().get("narrative").asString())).append("</span>");
                }
                sb.append("</td></tr>");
            } else {
                sb.append("<td class=\"govuk-table__cell\"></td><td class=\"govuk-table__cell\"><span class=\"crosslink-hit\">Hit notice: ")
                        .append(esc(m.source())).append(" holds intelligence here. Ask ").append(esc(m.source())).append(" for report ")
                        .append(esc(m.reportId())).append(".</span></td></tr>");
            }
        }
        sb.append("</tbody></table>");
    }

    /** The links that join the entity's mentions, with the evidence where the viewer sees both ends in full. */
    private static void joined(StringBuilder sb, EntityPages.Loaded e, List<ConsoleStore.LinkRow> links, Map<Long, MentionRow> byId) {
        sb.append("<h2 class=\"govuk-heading-m\">Why these mentions are one ").append("P".equals(e.kind()) ? "person" : "place").append("</h2>");
        int n = 0;
        for (ConsoleStore.LinkRow l : links) {
            MentionRow a = byId.get(l.a());
            MentionRow b = byId.get(l.b());
            if (a == null || b == null) {
                continue;
            }
            n++;
            link(sb, l, e.full(a) && e.full(b));
        }
        if (n == 0) {
            sb.append("<p class=\"govuk-body\">One mention: nothing to join.</p>");
        }
    }

    /** Links to mentions of other entities: possible matches and near misses, for an analyst to weigh. */
    private static void possible(StringBuilder sb, EntityPages.Loaded e, Viewer viewer, List<ConsoleStore.LinkRow> links, Map<Long, MentionRow> byId) {
        sb.append("<h2 class=\"govuk-heading-m\">Possibly the same as (linked, not joined)</h2>");
        int n = 0;
        for (ConsoleStore.LinkRow l : links) {
            boolean ours = byId.containsKey(l.a());
            MentionRow mine = byId.get(ours ? l.a() : l.b());
            String other = ours ? l.entityB() : l.entityA();
            String otherKey = ours ? l.mentionB() : l.mentionA();
            if (mine == null || other.equals(e.id()) || byId.containsKey(l.a()) && byId.containsKey(l.b())) {
                continue;
            }
            n++;
            String otherSource = otherKey.substring(0, otherKey.indexOf('/'));
            boolean evidence = e.full(mine) && (viewer.isCoordinator() || viewer.code().equals(otherSource));
            sb.append("<p class=\"govuk-body\">").append(esc(mine.mentionKey())).append(" and a mention held by ").append(esc(otherSource))
                    .append(" in <a class=\"govuk-link\" href=\"/entities/").append(esc(other)).append("\">").append(esc(other)).append("</a></p>");
            link(sb, l, evidence);
        }
        if (n == 0) {
            sb.append("<p class=\"govuk-body\">None.</p>");
        }
    }

    private static void link(StringBuilder sb, ConsoleStore.LinkRow l, boolean evidence) {
        sb.append("<p class=\"govuk-body-s\"><strong>").append(esc(l.mentionA())).append(" and ").append(esc(l.mentionB())).append("</strong>: ")
                .append(esc(Html.words(l.outcome()))).append(", probability ").append(esc(String.format("%.4f", l.probability())))
                .append(", total ").append(esc(String.format("%+.1f", l.total()))).append(" bits</p>");
        if (evidence) {
            sb.append(EntityView.comparisons(l.evidence().path("comparisons")));
            if (l.evidence().hasNonNull("question")) {
                sb.append("<p class=\"govuk-body-s\">A question for a coordinator, not a join: ")
                        .append(esc(l.evidence().get("question").asString())).append("</p>");
            }
        } else {
            sb.append("<p class=\"govuk-body-s\">Evidence withheld: a contribution you do not see in full.</p>");
        }
    }

    private static void history(StringBuilder sb, List<ConsoleStore.EventRow> history) {
        sb.append("<h2 class=\"govuk-heading-m\">Merges and splits</h2>");
        if (history.isEmpty()) {
            sb.append("<p class=\"govuk-body\">None.</p>");
            return;
        }
        sb.append("<ul class=\"govuk-list govuk-list--bullet\">");
        for (ConsoleStore.EventRow h : history) {
            sb.append("<li>").append(Html.timeTag(h.at())).append(": ").append(esc(Html.words(h.kind()))).append(" with ")
                    .append(esc(h.others())).append(". ").append(esc(h.reason())).append("</li>");
        }
        sb.append("</ul>");
    }
}
