package org.crosslink.alert;

import java.util.List;

/** One alert rule: what it finds on an entity as it stands now. Findings depend only on the entity, not on history. */
public interface Rule {
    AlertType type();

    List<Finding> evaluate(EntityView entity);
}
