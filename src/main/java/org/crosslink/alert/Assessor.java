package org.crosslink.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.crosslink.undo.UndoLog;

/** Runs every enabled rule over an entity and lets the alert book decide what changes. */
public final class Assessor {
    private final List<Rule> rules;
    private final AlertBook book;

    public Assessor(AlertSettings settings, AlertBook book) {
        this.book = book;
        List<Rule> all = List.of(new CrossForceRule(AlertType.CROSS_FORCE_PERSON, settings),
                new CrossForceRule(AlertType.CROSS_FORCE_LOCATION, settings), new VictimTreatedAsOffenderRule(settings),
                new PrematureClosureRule(settings), new NcaOverlapRule(settings), new PossibleMatchRule(settings));
        this.rules = all.stream().filter(r -> settings.enabled().contains(r.type())).toList();
    }

    /** The alert changes on an entity as it now stands. */
    public List<AlertState> assess(EntityView entity, Instant now, UndoLog undo) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.appliesTo(entity.kind())) {
                findings.addAll(rule.evaluate(entity));
            }
        }
        return book.assess(entity.entityId(), findings, "the evidence no longer supports it", now, undo);
    }

    /** An entity that no longer exists (merged into another, or its last mention erased): its alerts are withdrawn. */
    public List<AlertState> gone(String entityId, String into, Instant now, UndoLog undo) {
        String reason = into == null ? "the entity no longer has any mention" : "the entity was merged into " + into;
        return book.assess(entityId, List.of(), reason, now, undo);
    }

    public AlertBook book() {
        return book;
    }
}
