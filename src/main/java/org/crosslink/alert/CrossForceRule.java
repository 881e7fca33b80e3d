package org.crosslink.alert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crosslink.model.MentionFacts;
import org.crosslink.model.Role;

/**
 * CROSS_FORCE_PERSON and CROSS_FORCE_LOCATION: an entity with mentions from two or more sources; for a
 * location also a hotspot, many reports within a window even from one source.
 */
public final class CrossForceRule implements Rule {
    private final AlertType type;
    private final AlertSettings settings;

    public CrossForceRule(AlertType type, AlertSettings settings) {
        if (type != AlertType.CROSS_FORCE_PERSON && type != AlertType.CROSS_FORCE_LOCATION) {
            throw new IllegalArgumentException(type + " is not a cross-force rule");
        }
        this.type = type;
        this.settings = settings;
    }

    @Override
    public AlertType type() {
        return type;
    }

    @Override
    public boolean appliesTo(EntityView.Kind kind) {
        return kind == (type == AlertType.CROSS_FORCE_PERSON ? EntityView.Kind.PERSON : EntityView.Kind.LOCATION);
    }

    @Override
    public List<Finding> evaluate(EntityView e) {
        long sources = e.sourceCount();
        boolean hotspot = type == AlertType.CROSS_FORCE_LOCATION && hotspot(e.mentions());
        if (sources < 2 && !hotspot) {
            return List.of();
        }
        Severity severity = settings.severity(type);
        if (e.involvesChild() || hasVictimAndSuspect(e)) {
            severity = severity.atLeast(Severity.HIGH);
        }
        String sourceList = e.mentions().stream().map(MentionFacts::source).distinct().sorted().collect(Collectors.joining(", "));
        long reports = e.mentions().stream().map(m -> m.report().key()).distinct().count();
        String what = type == AlertType.CROSS_FORCE_PERSON ? "A person" : "A place";
        String summary = sources >= 2
                ? String.format("%s is known to %d sources (%s) across %d reports", what, sources, sourceList, reports)
                : String.format("A place is a hotspot: %d reports within %d days (%s)", reports, settings.hotspotWindow().toDays(), sourceList);
        return List.of(new Finding(type, e.entityId(), List.of(e.entityId()), e.mentions(), severity, summary));
    }

    /** At least hotspotReports distinct reports whose times fit in one window. */
    private boolean hotspot(List<MentionFacts> mentions) {
        Map<String, Long> times = new HashMap<>();
        for (MentionFacts m : mentions) {
            times.put(m.report().key().toString(), m.report().reportedAt().getEpochSecond());
        }
        List<Long> sorted = new ArrayList<>(times.values());
        sorted.sort(Comparator.naturalOrder());
        long window = settings.hotspotWindow().getSeconds();
        int k = settings.hotspotReports();
        for (int i = 0; i + k - 1 < sorted.size(); i++) {
            if (sorted.get(i + k - 1) - sorted.get(i) <= window) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVictimAndSuspect(EntityView e) {
        boolean victim = e.mentions().stream().anyMatch(MentionFacts::victim);
        boolean suspect = e.mentions().stream().anyMatch(m -> m.role() == Role.SUSPECT);
        return victim && suspect;
    }
}
