package org.crosslink.console;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.vertx.ext.web.RoutingContext;
import org.crosslink.alert.AlertRenderer;
import org.crosslink.alert.AlertState;
import org.crosslink.alert.AlertType;
import org.crosslink.alert.Severity;
import org.crosslink.audit.AuditAction;
import org.crosslink.audit.AuditEntry;
import org.crosslink.store.AlertHandlingStore;
import org.crosslink.store.ConsoleStore;
import tools.jackson.databind.JsonNode;

/**
 * The alert inbox (newest first, filtered, live), one alert's page (what the login's subscription received, its
 * history and handling), and acknowledging and assigning. The alert page is rendered by the bus's own
 * {@link AlertRenderer}: the copy shown is the one the login's subscription was sent, hit notices and all.
 */
final class InboxPages {
    private static final int NOTE_MAX = 1000;
    private static final int ASSIGNEE_MAX = 120;
    private final ConsoleSettings settings;
    private final Inbox inbox;
    private final LiveFeed feed;
    private final ConsoleStore store;
    private final AlertHandlingStore handling;
    private final AlertRenderer renderer;
    private final Clock clock;

    InboxPages(ConsoleSettings settings, Inbox inbox, LiveFeed feed, ConsoleStore store, AlertHandlingStore handling,
               AlertRenderer renderer, Clock clock) {
        this.settings = settings;
        this.inbox = inbox;
        this.feed = feed;
        this.store = store;
        this.handling = handling;
        this.renderer = renderer;
        this.clock = clock;
    }

    void pushed(Inbox.Entry e) {
        feed.push(e, v -> row(e));
    }

    void inbox(RoutingContext ctx, Viewer viewer) {
        Inbox.Filter f = new Inbox.Filter(param(ctx, "type"), param(ctx, "severity"), param(ctx, "force"), param(ctx, "status"));
        List<Inbox.Entry> entries = inbox.list(viewer, f, settings.inboxPageSize());
        StringBuilder main = new StringBuilder();
        main.append("<h1 class=\"govuk-heading-l\">Alerts for ").append(Html.esc(viewer.name())).append("</h1>")
                .append("<p class=\"govuk-body\" id=\"live-status\" aria-live=\"polite\">New alerts appear here as the bus raises them.</p>");
        filters(main, f);
        main.append("<table class=\"govuk-table crosslink-inbox\" id=\"inbox\" data-live=\"/inbox/events\">")
                .append("<caption class=\"govuk-table__caption govuk-table__caption--m\">")
                .append(entries.size()).append(entries.size() == 1 ? " alert" : " alerts").append(", newest first</caption>")
                .append("<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">")
                .append("<th scope=\"col\" class=\"govuk-table__header\">Updated</th>")
                .append("<th scope=\"col\" class=\"govuk-table__header\">Alert</th>")
                .append("<th scope=\"col\" class=\"govuk-table__header\">Severity</th>")
                .append("<th scope=\"col\" class=\"govuk-table__header\">Forces</th>")
                .append("<th scope=\"col\" class=\"govuk-table__header\">Status</th></tr></thead><tbody class=\"govuk-table__body\">");
        entries.forEach(e -> main.append(row(e)));
        main.append("</tbody></table>");
        audit(viewer, null, null, null, "console inbox: " + entries.size() + " alerts listed");
        Pages.send(ctx, 200, Html.page("Alerts", viewer, Console.csrf(ctx.session()), Html.Nav.INBOX, main.toString()));
    }

    private void filters(StringBuilder main, Inbox.Filter f) {
        main.append("<form method=\"get\" action=\"/inbox\" class=\"crosslink-filters\" id=\"filters\"><div class=\"crosslink-filters__row\">");
        List<String[]> types = new ArrayList<>();
        for (AlertType t : AlertType.values()) {
            types.add(new String[] {t.name(), Html.words(t.name())});
        }
        select(main, "type", "Type", types, f.type());
        List<String[]> severities = new ArrayList<>();
        for (Severity s : Severity.values()) {
            severities.add(new String[] {s.name(), Html.words(s.name())});
        }
        select(main, "severity", "Severity", severities, f.severity());
        main.append("<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"force\">Force</label>")
                .append("<input class=\"govuk-input govuk-input--width-10\" id=\"force\" name=\"force\" type=\"text\" spellcheck=\"false\" value=\"")
                .append(Html.esc(f.force())).append("\"></div>");
        select(main, "status", "Status", List.of(new String[] {"NEW", "New (not yet seen)"}, new String[] {"IN_HAND", "In hand"},
                new String[] {"RAISED", "Raised"}, new String[] {"UPDATED", "Updated"}, new String[] {"WITHDRAWN", "Withdrawn"}), f.status());
        main.append("<div class=\"govuk-form-group\"><button type=\"submit\" class=\"govuk-button govuk-button--secondary\" ")
                .append("data-module=\"govuk-button\">Filter alerts</button></div></div></form>");
    }

    private static void select(StringBuilder sb, String name, String label, List<String[]> options, String selected) {
        sb.append("<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"").append(name).append("\">").append(label)
                .append("</label><select class=\"govuk-select\" id=\"").append(name).append("\" name=\"").append(name).append("\">")
                .append("<option value=\"\">All</option>");
        for (String[] o : options) {
            sb.append("<option value=\"").append(Html.esc(o[0])).append("\"").append(o[0].equals(selected) ? " selected" : "").append(">")
                    .append(Html.esc(o[1])).append("</option>");
        }
        sb.append("</select></div>");
    }

    /** One inbox row: what any recipient may see of an alert (type, severity, sources, summary, status). */
    static String row(Inbox.Entry e) {
        AlertState a = e.alert();
        String status = Inbox.Filter.status(e);
        StringBuilder sb = new StringBuilder();
        sb.append("<tr class=\"govuk-table__row\" id=\"alert-").append(Html.esc(a.alertId())).append("\" data-type=\"").append(a.type())
                .append("\" data-severity=\"").append(a.severity()).append("\" data-forces=\",").append(Html.esc(String.join(",", a.sources())))
                .append(",\" data-status=\"").append(status).append(" ").append(a.status()).append("\">")
                .append("<td class=\"govuk-table__cell crosslink-nowrap\">").append(Html.timeTag(a.updatedAt())).append("</td>")
                .append("<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/alerts/").append(Html.esc(a.alertId())).append("\">")
                .append(Html.esc(Html.words(a.type().name()))).append("</a><br><span class=\"govuk-body-s\">").append(Html.esc(a.summary()))
                .append("</span></td>")
                .append("<td class=\"govuk-table__cell\">").append(Html.tag(Html.words(a.severity().name()), Html.severityColour(a.severity().name())))
                .append("</td><td class=\"govuk-table__cell\">").append(Html.esc(String.join(", ", a.sources()))).append("</td>")
                .append("<td class=\"govuk-table__cell\">").append(Html.tag(Html.words(a.status().name()), Html.statusColour(a.status().name())))
                .append(handlingText(e)).append("</td></tr>");
        return sb.toString();
    }

    /** Whether the alert is in hand, in words: who saw it, to whom it is assigned. */
    private static String handlingText(Inbox.Entry e) {
        AlertHandlingStore.Row assigned = e.assignment();
        AlertHandlingStore.Row last = e.lastHandling();
        if (assigned != null) {
            return "<br><span class=\"govuk-body-s crosslink-handling\">In hand: assigned to " + Html.esc(assigned.assignee()) + " by "
                    + Html.esc(assigned.actor()) + "</span>";
        }
        if (last != null) {
            return "<br><span class=\"govuk-body-s crosslink-handling\">In hand: seen by " + Html.esc(last.actor()) + "</span>";
        }
        return "<br><span class=\"govuk-body-s crosslink-handling\">Not yet seen</span>";
    }

    void alert(RoutingContext ctx, Viewer viewer) {
        Inbox.Entry e = inbox.get(ctx.pathParam("id"));
        if (e == null || !viewer.receives(e.alert())) {
            Pages.notFound(ctx, viewer);
            return;
        }
        AlertRenderer.View view;
        try {
            view = renderer.render(e.alert(), store.renderData(e.alert(), settings.associatesMaxUnindexed())).stream()
                    .filter(v -> v.recipients().contains(viewer.code())).findFirst().orElse(null);
        } catch (Exception ex) {
            ctx.fail(ex);
            return;
        }
        if (view == null) {
            Pages.notFound(ctx, viewer);
            return;
        }
        String csrf = Console.csrf(ctx.session());
        String html = AlertView.render(e, view.alert(), csrf, ctx.queryParam("done").isEmpty() ? null : ctx.queryParam("done").get(0));
        List<AuditEntry> entries = new ArrayList<>();
        Instant now = clock.instant();
        String entity = e.alert().entityIds().isEmpty() ? null : e.alert().entityIds().get(0);
        for (String report : view.disclosedReports()) {
            entries.add(new AuditEntry(now, viewer.code(), AuditAction.CONSULTATION, report, entity, e.alert().alertId(), null,
                    "console alert page: report shown in full"));
        }
        if (entries.isEmpty()) {
            entries.add(new AuditEntry(now, viewer.code(), AuditAction.CONSULTATION, null, entity, e.alert().alertId(), null,
                    "console alert page: hit notices only"));
        }
        auditAll(entries);
        Pages.send(ctx, 200, Html.page(Html.words(e.alert().type().name()), viewer, csrf, Html.Nav.INBOX, html));
    }

    /** Marks an alert as seen, or assigns it to a named officer with a note; stored, audited, shown to every recipient. */
    void handle(RoutingContext ctx, Viewer viewer) {
        Inbox.Entry e = inbox.get(ctx.pathParam("id"));
        if (e == null || !viewer.receives(e.alert())) {
            Pages.notFound(ctx, viewer);
            return;
        }
        String action = ctx.request().getFormAttribute("action");
        String assignee = trim(ctx.request().getFormAttribute("assignee"), ASSIGNEE_MAX);
        String note = trim(ctx.request().getFormAttribute("note"), NOTE_MAX);
        String id = e.alert().alertId();
        if (!"SEEN".equals(action) && !"ASSIGNED".equals(action) || "ASSIGNED".equals(action) && assignee == null) {
            Console.redirect(ctx, "/alerts/" + id + "?done=invalid");
            return;
        }
        Instant now = clock.instant();
        String entity = e.alert().entityIds().isEmpty() ? null : e.alert().entityIds().get(0);
        // the audit entry says who did what; the officer's name and the note are in the handling table, not the chain
        AuditEntry entry = new AuditEntry(now, viewer.code(), AuditAction.CONSULTATION, null, entity, id, null,
                "console " + ("SEEN".equals(action) ? "acknowledged the alert" : "assigned the alert"));
        AlertHandlingStore.Row row;
        try {
            synchronized (handling) {
                row = handling.append(id, now, viewer.code(), action, "ASSIGNED".equals(action) ? assignee : null, note, entry);
            }
        } catch (Exception ex) {
            ctx.fail(ex);
            return;
        }
        Inbox.Entry updated = inbox.handled(row);
        if (updated != null) {
            pushed(updated);
        }
        Console.redirect(ctx, "/alerts/" + id + "?done=" + action.toLowerCase(Locale.ROOT));
    }

    private void audit(Viewer viewer, String report, String entity, String alert, String detail) {
        auditAll(List.of(new AuditEntry(clock.instant(), viewer.code(), AuditAction.CONSULTATION, report, entity, alert, null, detail)));
    }

    private void auditAll(List<AuditEntry> entries) {
        try {
            store.audit(entries);
        } catch (Exception ex) {
            throw new IllegalStateException("the consultation could not be recorded", ex);
        }
    }

    private static String trim(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        s = s.strip();
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static String param(RoutingContext ctx, String name) {
        List<String> v = ctx.queryParam(name);
        if (v.isEmpty() || v.get(0).isBlank()) {
            return null;
        }
        String s = v.get(0).strip().toUpperCase(Locale.ROOT);
        return s.matches("[A-Z0-9_-]{1,40}") ? s : null;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asString();
    }
}
