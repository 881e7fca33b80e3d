package org.crosslink.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.crosslink.alert.AlertState;
import org.crosslink.audit.AuditAction;
import org.crosslink.audit.AuditEntry;

/** What the audit log records of published alerts: one disclosure per copy and entity, to whom, what, and why. */
final class Disclosures {
    private Disclosures() {
    }

    /** One entry per published copy and per entity it is about: to whom, what it disclosed, and the rule that justified it. */
    static List<AuditEntry> of(List<OutboxRelay.Published> published, String actor, Instant at) {
        List<AuditEntry> out = new ArrayList<>();
        for (OutboxRelay.Published p : published) {
            AlertState a = p.alert();
            List<String> all = a.evidence().stream().map(e -> e.substring(0, e.indexOf('#'))).distinct().toList();
            List<String> hits = all.stream().filter(r -> !p.view().disclosedReports().contains(r)).toList();
            String to = String.join(",", p.view().recipients());
            String recipient = to.length() > 40 ? to.substring(0, 37) + "..." : to;
            String detail = "to " + to + "; rule " + a.type() + " " + a.status() + " v" + a.version() + "; disclosed "
                    + p.view().disclosedReports() + "; hit notices " + hits;
            // an entry for each entity the alert is about (a possible match is about two), so each one's trail is whole
            for (String entity : a.entityIds()) {
                out.add(new AuditEntry(at, actor, AuditAction.DISCLOSURE, null, entity, a.alertId(), recipient, detail));
            }
        }
        return out;
    }
}
