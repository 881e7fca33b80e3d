package org.crosslink.alert;

import java.util.ArrayList;
import java.util.List;

import org.crosslink.model.InvestigationStatus;
import org.crosslink.model.MentionFacts;

/**
 * PREMATURE_CLOSURE: a report revised to CLOSED or NFA (a revision after the first) mentions an entity on
 * which another source holds OPEN intelligence reported within the closure window. One alert per closed
 * report and entity, whichever of the two arrived first.
 */
public final class PrematureClosureRule implements Rule {
    private final AlertSettings settings;

    public PrematureClosureRule(AlertSettings settings) {
        this.settings = settings;
    }

    @Override
    public AlertType type() {
        return AlertType.PREMATURE_CLOSURE;
    }

    @Override
    public List<Finding> evaluate(EntityView e) {
        List<Finding> out = new ArrayList<>();
        List<String> done = new ArrayList<>();
        for (MentionFacts closed : e.mentions()) {
            if (!closed.report().status().isClosed() || closed.report().revision() < 2 || done.contains(closed.report().key().toString())) {
                continue;
            }
            List<MentionFacts> open = e.mentions().stream()
                    .filter(o -> !o.source().equals(closed.source()))
                    .filter(o -> o.report().status() == InvestigationStatus.OPEN)
                    .filter(o -> Math.abs(o.report().reportedAt().getEpochSecond() - closed.report().reportedAt().getEpochSecond())
                            <= settings.closureWindow().getSeconds())
                    .toList();
            if (open.isEmpty()) {
                continue;
            }
            done.add(closed.report().key().toString());
            List<MentionFacts> evidence = new ArrayList<>(open);
            evidence.add(closed);
            String holders = String.join(", ", open.stream().map(MentionFacts::source).distinct().sorted().toList());
            String summary = String.format("%s revised report %s to %s while %s hold%s open intelligence on the same %s",
                    closed.source(), closed.report().key().reportId(), closed.report().status(), holders,
                    holders.contains(",") ? "" : "s", e.kind() == EntityView.Kind.PERSON ? "person" : "place");
            out.add(new Finding(type(), closed.report().key() + "|" + e.entityId(), List.of(e.entityId()), evidence,
                    settings.severity(type()), summary));
        }
        return out;
    }
}
