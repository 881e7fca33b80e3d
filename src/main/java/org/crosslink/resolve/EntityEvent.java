package org.crosslink.resolve;

import java.util.List;
import java.util.Objects;

import org.crosslink.model.MentionKey;

/**
 * A merge or split of entities, with its reason. {@code entityId} is the entity that survives (merge)
 * or the one that was divided (split); {@code others} the ids absorbed or split off.
 */
public record EntityEvent(Kind kind, String entityId, List<String> others, MentionKey cause, String reason) {
    public enum Kind { MERGE, SPLIT }

    public EntityEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entityId, "entityId");
        others = List.copyOf(others);
    }
}
