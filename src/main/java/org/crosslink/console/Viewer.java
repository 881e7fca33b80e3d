package org.crosslink.console;

import java.util.Objects;

import org.crosslink.alert.AlertState;
import org.crosslink.alert.DisclosureRule;
import org.crosslink.model.Coordinator;
import org.crosslink.model.Registry;
import org.crosslink.model.Source;

/**
 * Who is logged in, and what that login may see: the same as its alert subscription. An alert is for it when it
 * is among the alert's recipients; a contribution is shown in full or as a hit notice by the {@link DisclosureRule}
 * the alerts apply. Beyond its alerts, a source may look at the entities its own reports mention, a regional
 * coordinator at those its region's forces mention, the national coordinators at all.
 */
public final class Viewer {
    private final String code;
    private final String name;
    private final Coordinator coordinator;
    private final Registry registry;
    private final DisclosureRule rule;

    Viewer(String code, Registry registry, DisclosureRule rule) {
        this.code = Objects.requireNonNull(code);
        this.registry = registry;
        this.rule = rule;
        this.coordinator = registry.coordinators().stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
        Source s = registry.source(code);
        this.name = coordinator != null ? coordinator.name() : s != null ? s.name() : code;
        if (coordinator == null && s == null) {
            throw new IllegalArgumentException("not a source or a coordinator: " + code);
        }
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean isCoordinator() {
        return coordinator != null;
    }

    /** The alert goes to this login (its subscription receives it). */
    public boolean receives(AlertState alert) {
        return alert.recipients().contains(code);
    }

    /** Whether this login may open what a source reported: its own, its region's, or (national) everyone's. */
    public boolean covers(String source) {
        if (coordinator == null) {
            return code.equals(source);
        }
        if (coordinator.isNational()) {
            return true;
        }
        Source s = registry.source(source);
        return s != null && coordinator.region().equals(s.region());
    }

    /** A contribution from this source, with this handling code, is shown in full (else a hit notice). */
    public boolean seesInFull(String source, String handling, boolean childInvolved) {
        return rule.full(code, source, handling, childInvolved);
    }
}
