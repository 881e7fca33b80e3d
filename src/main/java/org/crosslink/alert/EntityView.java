package org.crosslink.alert;

import java.util.List;
import java.util.Objects;

import org.crosslink.model.MentionFacts;

/**
 * What the alert rules see of one entity: its kind, its id, the facts of each of its mentions, and its
 * possible matches (links in the possible-match band to mentions of other entities).
 */
public record EntityView(Kind kind, String entityId, List<MentionFacts> mentions, List<PossibleMatch> possibleMatches) {
    public enum Kind { PERSON, LOCATION }

    /**
     * A link short of a match from one of this entity's mentions to a mention of another entity; or, when {@code
     * question}, a link past a match by its probability that a rule kept as a question (one document under two
     * identities, house-mates of one given name).
     */
    public record PossibleMatch(String otherEntityId, MentionFacts ours, MentionFacts theirs, double probability, boolean question) {
        public PossibleMatch(String otherEntityId, MentionFacts ours, MentionFacts theirs, double probability) {
            this(otherEntityId, ours, theirs, probability, false);
        }
    }

    public EntityView(Kind kind, String entityId, List<MentionFacts> mentions) {
        this(kind, entityId, mentions, List.of());
    }

    public EntityView {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entityId, "entityId");
        mentions = List.copyOf(mentions);
        possibleMatches = List.copyOf(possibleMatches);
    }

    public long sourceCount() {
        return mentions.stream().map(MentionFacts::source).distinct().count();
    }

    public boolean involvesChild() {
        return mentions.stream().anyMatch(MentionFacts::child);
    }
}
