package org.crosslink.alert;

import java.util.List;
import java.util.Objects;

import org.crosslink.model.MentionFacts;

/** What the alert rules see of one entity: its kind, its id, and the facts of each of its mentions. */
public record EntityView(Kind kind, String entityId, List<MentionFacts> mentions) {
    public enum Kind { PERSON, LOCATION }

    public EntityView {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entityId, "entityId");
        mentions = List.copyOf(mentions);
    }

    public long sourceCount() {
        return mentions.stream().map(MentionFacts::source).distinct().count();
    }

    public boolean involvesChild() {
        return mentions.stream().anyMatch(MentionFacts::child);
    }
}
