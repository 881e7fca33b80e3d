package org.crosslink.console;

import static org.crosslink.console.Html.esc;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vertx.ext.web.RoutingContext;
import org.crosslink.audit.AuditAction;
import org.crosslink.audit.AuditEntry;
import org.crosslink.store.ConsoleStore;
import org.crosslink.store.ConsoleStore.MentionRow;
import org.crosslink.store.SearchStore;

/**
 * Search by name (spelling variants and transliterations), phone in any format, postcode, vehicle or other
 * identifier, or report id ({@link SearchTerms}). The query travels in a POST body, never in the URL, and is
 * not logged. Results are entities the viewer may open, named only from mentions it may see in full.
 */
final class SearchPages {
    private final ConsoleSettings settings;
    private final SearchStore search;
    private final ConsoleStore store;
    private final EntityPages entities;
    private final Clock clock;

    SearchPages(ConsoleSettings settings, SearchStore search, ConsoleStore store, EntityPages entities, Clock clock) {
        this.settings = settings;
        this.search = search;
        this.store = store;
        this.entities = entities;
        this.clock = clock;
    }

    /** An entity found: its id and kind, what the viewer may see of it, and which reports it saw in full. */
    record Result(String entityId, String kind, Set<String> labels, Set<String> sources, Set<String> fullReports, int hits) {
    }

    void form(RoutingContext ctx, Viewer viewer) {
        Pages.send(ctx, 200, Html.page("Search", viewer, Console.csrf(ctx.session()), Html.Nav.SEARCH, form(Console.csrf(ctx.session()), "")
                + "<p class=\"govuk-body\">Search for a name (any spelling or alphabet), a phone number (written any way), a postcode, "
                + "a vehicle registration or other identifier, or a report reference.</p>"));
    }

    private static String form(String csrf, String q) {
        return "<h1 class=\"govuk-heading-l\">Search</h1><form method=\"post\" action=\"/search\" role=\"search\">" + Html.csrfField(csrf)
                + "<div class=\"govuk-form-group\"><label class=\"govuk-label govuk-label--s\" for=\"q\">Name, phone, postcode, vehicle or report</label>"
                + "<input class=\"govuk-input govuk-!-width-two-thirds\" id=\"q\" name=\"q\" type=\"search\" maxlength=\"200\" spellcheck=\"false\" "
                + "autocomplete=\"off\" value=\"" + esc(q) + "\"> "
                + "<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\" id=\"search-button\">Search</button></div></form>";
    }

    void search(RoutingContext ctx, Viewer viewer) {
        String q = ctx.request().getFormAttribute("q");
        q = q == null ? "" : q.strip();
        try {
            List<Result> results = find(q, viewer);
            audit(viewer, results);
            String csrf = Console.csrf(ctx.session());
            Pages.send(ctx, 200, Html.page("Search results", viewer, csrf, Html.Nav.SEARCH, form(csrf, q) + results(results)));
        } catch (Exception ex) {
            ctx.fail(ex);
        }
    }

    /** The entities the text finds that the viewer may open, best first. */
    List<Result> find(String q, Viewer viewer) throws Exception {
        Set<String> terms = SearchTerms.query(q);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<SearchStore.Hit> hits = search.find(SearchTerms.hashes(terms), settings.searchLimit() * 4);
        Map<Long, Integer> score = new LinkedHashMap<>();
        hits.forEach(h -> score.put(h.mentionId(), h.terms()));
        List<MentionRow> rows = new ArrayList<>(store.mentions(score.keySet(), null));
        rows.sort((a, b) -> Integer.compare(score.get(b.id()), score.get(a.id())));
        Map<String, List<MentionRow>> byEntity = new LinkedHashMap<>();
        rows.forEach(m -> byEntity.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m));
        List<Result> out = new ArrayList<>();
        for (Map.Entry<String, List<MentionRow>> e : byEntity.entrySet()) {
            if (out.size() >= settings.searchLimit()) {
                break;
            }
            List<ConsoleServices.Member> members = entities.members(e.getKey());
            if (!entities.mayOpen(e.getKey(), viewer, members)) {
                continue;
            }
            boolean child = members.stream().anyMatch(ConsoleServices.Member::child);
            Set<String> labels = new LinkedHashSet<>();
            Set<String> sources = new LinkedHashSet<>();
            Set<String> full = new LinkedHashSet<>();
            members.forEach(m -> sources.add(m.source()));
            int best = 0;
            for (MentionRow m : e.getValue()) {
                best = Math.max(best, score.get(m.id()));
                if (m.body() != null && viewer.seesInFull(m.source(), m.handling(), child || m.child())) {
                    String label = EntityView.label(m.kind(), EntityView.find(m.body(), m.kind(), m.ref()));
                    if (label != null) {
                        labels.add(label);
                        full.add(m.reportKey());
                    }
                }
            }
            out.add(new Result(e.getKey(), e.getValue().get(0).kind(), labels, sources, full, best));
        }
        return out;
    }

    private static String results(List<Result> results) {
        StringBuilder sb = new StringBuilder("<h2 class=\"govuk-heading-m\" id=\"results-heading\">")
                .append(results.size()).append(results.size() == 1 ? " result" : " results").append("</h2>");
        if (results.isEmpty()) {
            return sb.append("<p class=\"govuk-body\">Nothing that this login may see matches. Check the spelling, or try a phone number or postcode.</p>")
                    .toString();
        }
        sb.append("<ul class=\"govuk-list crosslink-results\" id=\"results\">");
        for (Result r : results) {
            boolean person = "P".equals(r.kind());
            sb.append("<li class=\"crosslink-result\"><h3 class=\"govuk-heading-s\"><a class=\"govuk-link\" href=\"/entities/")
                    .append(esc(r.entityId())).append("\">").append(esc(r.labels().isEmpty() ? (person ? "Person " : "Place ") + r.entityId()
                            : String.join(" / ", r.labels()))).append("</a></h3><p class=\"govuk-body-s\">")
                    .append(person ? "Person " : "Place ").append(esc(r.entityId())).append(", known to ")
                    .append(esc(String.join(", ", r.sources()))).append("</p></li>");
        }
        return sb.append("</ul>").toString();
    }

    /** One consultation entry per entity listed; the query itself is not recorded (it may be a name). */
    private void audit(Viewer viewer, List<Result> results) throws Exception {
        Instant now = clock.instant();
        List<AuditEntry> entries = new ArrayList<>();
        for (Result r : results) {
            if (r.fullReports().isEmpty()) {
                entries.add(new AuditEntry(now, viewer.code(), AuditAction.CONSULTATION, null, r.entityId(), null, null,
                        "console search: listed, hit notices only"));
            }
            for (String report : r.fullReports()) {
                entries.add(new AuditEntry(now, viewer.code(), AuditAction.CONSULTATION, report, r.entityId(), null, null,
                        "console search: listed, named from this report"));
            }
        }
        if (entries.isEmpty()) {
            entries.add(new AuditEntry(now, viewer.code(), AuditAction.CONSULTATION, null, null, null, null, "console search: nothing listed"));
        }
        store.audit(entries);
    }
}
