package org.crosslink.alert;

import java.util.List;

import org.crosslink.model.MentionFacts;

/** NCA_OVERLAP: the NCA and at least one force hold intelligence on the same entity. */
public final class NcaOverlapRule implements Rule {
    private final AlertSettings settings;

    public NcaOverlapRule(AlertSettings settings) {
        this.settings = settings;
    }

    @Override
    public AlertType type() {
        return AlertType.NCA_OVERLAP;
    }

    @Override
    public List<Finding> evaluate(EntityView e) {
        String nca = settings.ncaSource();
        boolean hasNca = e.mentions().stream().anyMatch(m -> m.source().equals(nca));
        List<String> forces = e.mentions().stream().map(MentionFacts::source).filter(s -> !s.equals(nca)).distinct().sorted().toList();
        if (!hasNca || forces.isEmpty()) {
            return List.of();
        }
        String summary = String.format("The NCA and %s hold intelligence on the same %s", String.join(", ", forces),
                e.kind() == EntityView.Kind.PERSON ? "person" : "place");
        return List.of(new Finding(type(), e.entityId(), List.of(e.entityId()), e.mentions(), settings.severity(type()), summary));
    }
}
