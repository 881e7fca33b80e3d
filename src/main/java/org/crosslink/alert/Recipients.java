package org.crosslink.alert;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.crosslink.model.Coordinator;
import org.crosslink.model.Registry;

/**
 * Who an alert goes to: every source involved (each learns who else knows), the national coordinators,
 * and the regional coordinator of every involved source's region.
 */
public final class Recipients {
    private final Registry registry;

    public Recipients(Registry registry) {
        this.registry = registry;
    }

    /** Some types go to the coordinators alone: a link short of a match must not send officers after the wrong person. */
    public List<String> of(AlertType type, List<String> sources) {
        Set<String> out = new LinkedHashSet<>(type.coordinatorsOnly() ? List.of() : sources);
        for (String source : sources) {
            for (Coordinator c : registry.coordinatorsFor(source)) {
                out.add(c.code());
            }
        }
        return List.copyOf(out);
    }

    public boolean isCoordinator(String code) {
        return registry.isCoordinator(code);
    }
}
