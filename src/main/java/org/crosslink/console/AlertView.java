package org.crosslink.console;

import static org.crosslink.console.Html.esc;

import java.util.ArrayList;
import java.util.List;

import org.crosslink.model.IdentifierType;
import org.crosslink.store.AlertHandlingStore;
import tools.jackson.databind.JsonNode;

/** One alert's page, from the copy the login's subscription was sent (the renderer's JSON), with history and handling. */
final class AlertView {
    private AlertView() {
    }

    static String render(Inbox.Entry e, JsonNode a, String csrf, String done) {
        StringBuilder sb = new StringBuilder();
        if (done != null) {
            String message = switch (done) {
                case "seen" -> "You marked this alert as seen. The other recipients see that it is in hand.";
                case "assigned" -> "You assigned this alert. The other recipients see to whom.";
                default -> "Choose an action, and name the officer to assign it to.";
            };
            sb.append("<div class=\"govuk-notification-banner").append("invalid".equals(done) ? "" : " govuk-notification-banner--success")
                    .append("\" role=\"alert\" aria-labelledby=\"banner-title\" data-module=\"govuk-notification-banner\">")
                    .append("<div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"banner-title\">")
                    .append("invalid".equals(done) ? "Important" : "Success").append("</h2></div><div class=\"govuk-notification-banner__content\">")
                    .append("<p class=\"govuk-notification-banner__heading\" id=\"handled\">").append(esc(message)).append("</p></div></div>");
        }
        sb.append("<span class=\"govuk-caption-l\">Alert ").append(esc(a.path("alertId").asString())).append(", version ")
                .append(a.path("version").asInt()).append("</span>")
                .append("<h1 class=\"govuk-heading-l\">").append(esc(Html.words(a.path("type").asString()))).append("</h1>")
                .append("<p class=\"govuk-body\">").append(Html.tag(Html.words(a.path("severity").asString()), Html.severityColour(a.path("severity").asString())))
                .append(" ").append(Html.tag(Html.words(a.path("status").asString()), Html.statusColour(a.path("status").asString()))).append("</p>")
                .append("<p class=\"govuk-body-l\" id=\"summary\">").append(esc(a.path("summary").asString())).append("</p>");
        if (a.has("statutoryNote")) {
            sb.append("<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>")
                    .append("<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>")
                    .append(esc(a.path("statutoryNote").asString())).append("</strong></div>");
        }
        if (a.has("childNotice")) {
            sb.append("<div class=\"govuk-inset-text\">").append(esc(a.path("childNotice").asString())).append("</div>");
        }
        if (a.has("reason")) {
            sb.append("<div class=\"govuk-inset-text\">Reason: ").append(esc(a.path("reason").asString())).append("</div>");
        }
        handling(sb, e, csrf);
        sb.append("<h2 class=\"govuk-heading-m\">Who it is about</h2><dl class=\"govuk-summary-list\">");
        StringBuilder entities = new StringBuilder();
        for (JsonNode id : a.path("entityIds")) {
            entities.append("<a class=\"govuk-link\" href=\"/entities/").append(esc(id.asString())).append("\">")
                    .append(esc(id.asString())).append("</a> ");
        }
        sb.append(Html.row("Entity", entities.toString()));
        JsonNode s = a.path("subject");
        list(sb, "Names", s.path("names"));
        list(sb, "Aliases", s.path("aliases"));
        list(sb, "Dates of birth", s.path("datesOfBirth"));
        list(sb, "Nationalities", s.path("nationalities"));
        list(sb, "Identifiers", s.path("identifiers"));
        for (JsonNode p : s.path("places")) {
            sb.append(Html.row("Place", esc(EntityView.place(p))));
        }
        sb.append(Html.row("Sources", esc(String.join(", ", strings(a.path("sources"))))));
        sb.append("</dl>");
        associates(sb, a.path("associates"));
        reports(sb, a.path("reports"));
        explanation(sb, a.path("explanation"));
        history(sb, e);
        return sb.toString();
    }

    private static void handling(StringBuilder sb, Inbox.Entry e, String csrf) {
        sb.append("<h2 class=\"govuk-heading-m\">Handling</h2>");
        if (e.handling().isEmpty()) {
            sb.append("<p class=\"govuk-body\" id=\"handling-status\">Nobody has marked this alert as seen yet.</p>");
        } else {
            sb.append("<ul class=\"govuk-list govuk-list--bullet\" id=\"handling-status\">");
            for (AlertHandlingStore.Row r : e.handling()) {
                sb.append("<li>").append(Html.timeTag(r.at())).append(": ").append(esc(r.actor()))
                        .append("SEEN".equals(r.action()) ? " marked it as seen" : " assigned it to " + esc(r.assignee()));
                if (r.note() != null) {
                    sb.append(" (note: ").append(esc(r.note())).append(")");
                }
                sb.append("</li>");
            }
            sb.append("</ul>");
        }
        sb.append("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-one-third\">")
                .append("<form method=\"post\" action=\"/alerts/").append(esc(e.alert().alertId())).append("/handle\">")
                .append(Html.csrfField(csrf)).append("<input type=\"hidden\" name=\"action\" value=\"SEEN\">")
                .append("<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\" id=\"mark-seen\">Mark as seen</button></form>")
                .append("</div><div class=\"govuk-grid-column-two-thirds\">")
                .append("<form method=\"post\" action=\"/alerts/").append(esc(e.alert().alertId())).append("/handle\">")
                .append(Html.csrfField(csrf)).append("<input type=\"hidden\" name=\"action\" value=\"ASSIGNED\">")
                .append("<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"assignee\">Assign to officer</label>")
                .append("<div class=\"govuk-hint\" id=\"assignee-hint\">Rank, name and collar number</div>")
                .append("<input class=\"govuk-input\" id=\"assignee\" name=\"assignee\" type=\"text\" maxlength=\"120\" aria-describedby=\"assignee-hint\"></div>")
                .append("<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"note\">Note</label>")
                .append("<textarea class=\"govuk-textarea\" id=\"note\" name=\"note\" rows=\"2\" maxlength=\"1000\"></textarea></div>")
                .append("<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\" id=\"assign\">Assign</button>")
                .append("</form></div></div>");
    }

    /**
     * The persons of other entities who share an identifier with the alert's subject, as far as this login may see
     * them (the renderer leaves out the rest); the persons reported at the same places are on each entity's page.
     */
    private static void associates(StringBuilder sb, JsonNode associates) {
        sb.append("<h2 class=\"govuk-heading-m\">Associates</h2>");
        if (associates.isEmpty()) {
            sb.append("<p class=\"govuk-body\" id=\"associates\">No other person you may see shares a phone, vehicle, e-mail address ")
                    .append("or bank account with it.</p>");
        } else {
            sb.append("<ul class=\"govuk-list\" id=\"associates\">");
            for (JsonNode n : associates) {
                List<String> how = new ArrayList<>();
                n.path("via").forEach(v -> how.add(via(v.asString())));
                int reports = n.path("reports").asInt();
                sb.append("<li><a class=\"govuk-link\" href=\"/entities/").append(esc(n.path("entityId").asString())).append("\">")
                        .append(esc(n.path("entityId").asString())).append("</a> ").append(esc(String.join("; ", how)))
                        .append(" (").append(reports).append(reports == 1 ? " report" : " reports").append(")</li>");
            }
            sb.append("</ul>");
        }
        sb.append("<p class=\"govuk-body\">The persons reported at the same places are on each entity's page.</p>");
    }

    /** What an associate shares, in the entity page's words: the kinds are identifier types, or PLACE. */
    private static String via(String kind) {
        return "PLACE".equals(kind) ? "is reported at the same places" : EntityRelations.shares(IdentifierType.valueOf(kind));
    }

    private static void reports(StringBuilder sb, JsonNode reports) {
        sb.append("<h2 class=\"govuk-heading-m\">Reports</h2>");
        for (JsonNode r : reports) {
            JsonNode g = r.path("grading");
            sb.append("<div class=\"crosslink-report\"><h3 class=\"govuk-heading-s\">").append(esc(r.path("source").asString())).append(" ")
                    .append(esc(r.path("reportId").asString())).append(", revision ").append(r.path("revision").asInt()).append("</h3>")
                    .append("<dl class=\"govuk-summary-list govuk-summary-list--no-border\">")
                    .append(Html.row("Grading", esc(g.path("source").asString() + g.path("intelligence").asString() + g.path("handling").asString())));
            if ("HIT_NOTICE".equals(r.path("disclosure").asString())) {
                sb.append(Html.row("Hit notice", esc(r.path("notice").asString())))
                        .append(Html.row("Why not shown", "CHILD".equals(r.path("reason").asString())
                                ? "A child is involved: only the reporting force and coordinators see it" : "Handling code C"));
            } else {
                sb.append(Html.row("Reported", esc(r.path("reportedAt").asString())))
                        .append(Html.row("Investigation", esc(Html.words(r.path("investigationStatus").asString()))));
                if (r.has("exploitation")) {
                    sb.append(Html.row("Exploitation", esc(String.join(", ", strings(r.path("exploitation"))))));
                }
                if (r.has("narrative")) {
                    sb.append(Html.row("Narrative", esc(r.path("narrative").asString())));
                }
                if (r.has("handlingConditions")) {
                    sb.append(Html.row("Handling conditions", esc(r.path("handlingConditions").asString())));
                }
                StringBuilder m = new StringBuilder();
                for (JsonNode mention : r.path("mentions")) {
                    m.append(esc(mention.path("ref").asString()));
                    if (mention.has("role")) {
                        m.append(" ").append(esc(Html.words(mention.path("role").asString())));
                    }
                    if (!mention.path("events").isEmpty()) {
                        m.append(" (").append(esc(String.join(", ", strings(mention.path("events"))))).append(")");
                    }
                    m.append("<br>");
                }
                sb.append(Html.row("Mentions", m.toString()));
            }
            sb.append("</dl></div>");
        }
    }

    private static void explanation(StringBuilder sb, JsonNode links) {
        sb.append("<h2 class=\"govuk-heading-m\">What links them</h2>");
        if (links.isEmpty()) {
            sb.append("<p class=\"govuk-body\">One report: no link to explain.</p>");
            return;
        }
        for (JsonNode l : links) {
            sb.append("<p class=\"govuk-body\"><strong>").append(esc(String.join(" and ", strings(l.path("mentions"))))).append("</strong>: ")
                    .append(esc(Html.words(l.path("outcome").asString()))).append(", probability ")
                    .append(esc(String.format("%.4f", l.path("probability").asDouble()))).append("</p>");
            sb.append(EntityView.comparisons(l.path("comparisons")));
        }
    }

    private static void history(StringBuilder sb, Inbox.Entry e) {
        sb.append("<h2 class=\"govuk-heading-m\">History</h2><table class=\"govuk-table\"><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">")
                .append("<th scope=\"col\" class=\"govuk-table__header\">When</th><th scope=\"col\" class=\"govuk-table__header\">Version</th>")
                .append("<th scope=\"col\" class=\"govuk-table__header\">Change</th><th scope=\"col\" class=\"govuk-table__header\">Reason</th>")
                .append("</tr></thead><tbody class=\"govuk-table__body\">");
        for (Inbox.Change c : e.history()) {
            sb.append("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">").append(Html.timeTag(c.at())).append("</td>")
                    .append("<td class=\"govuk-table__cell\">").append(c.version()).append("</td>")
                    .append("<td class=\"govuk-table__cell\">").append(esc(Html.words(c.status().name()))).append("</td>")
                    .append("<td class=\"govuk-table__cell\">").append(esc(c.reason())).append("</td></tr>");
        }
        sb.append("</tbody></table>");
    }

    private static void list(StringBuilder sb, String label, JsonNode values) {
        if (!values.isEmpty()) {
            sb.append(Html.row(label, esc(String.join("; ", strings(values)))));
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asString()));
        return out;
    }
}
