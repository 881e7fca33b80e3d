package org.crosslink.alert;

import java.util.List;

/** One alert rule: what it finds on an entity as it stands now. Findings depend only on the entity, not on history. */
public interface Rule {
    AlertType type();

    /** Whether the rule reads entities of this kind (persons, places); by default both. */
    default boolean appliesTo(EntityView.Kind kind) {
        return true;
    }

    List<Finding> evaluate(EntityView entity);
}
