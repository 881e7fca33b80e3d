package org.crosslink.resolve;

import java.util.List;

import org.crosslink.resolve.score.Score;

/**
 * Receives every change resolution makes, as it makes it: the store turns them into rows written in
 * the batch's transaction, the alert rules into the set of entities to assess. A listener that buffers
 * must push the reversal of each change onto the {@link UndoLog} it is given.
 */
public interface ResolutionListener<R> {
    /** A new mention, with the hashes of the blocking keys it is filed under. */
    void mentionAdded(Mention<R> m, long[] blockHashes);

    void mentionRemoved(Mention<R> m);

    void linkAdded(Edge edge, Score score);

    /** A link that a new model no longer makes (links otherwise go with their mentions). */
    default void linkRemoved(Edge edge) {
    }

    /**
     * Every pair scored, linked or not: {@code a} the mention being resolved, {@code b} an earlier candidate (the store
     * keeps the strongest rejected ones as near misses; estimating weights hears them all).
     */
    default void compared(Mention<R> a, Mention<R> b, Score score) {
    }

    /** A new model is about to score every pair again: what was derived from the old scores is to be replaced. */
    default void rescoring() {
    }

    void entityCreated(Entity<R> e, Mention<R> founder);

    void entityRetired(Entity<R> e, Entity<R> into);

    void entityRevived(Entity<R> e);

    void mentionAssigned(Mention<R> m, Entity<R> from, Entity<R> to);

    /** A merge or split, with the reason, for the entity-event log. */
    void event(EntityEvent event);

    static <R> ResolutionListener<R> none() {
        return new Quiet<>();
    }

    /** Hears nothing; a listener interested in one kind of change extends it. */
    class Quiet<R> implements ResolutionListener<R> {
        public void mentionAdded(Mention<R> m, long[] blockHashes) { }

        public void mentionRemoved(Mention<R> m) { }

        public void linkAdded(Edge edge, Score score) { }

        public void entityCreated(Entity<R> e, Mention<R> founder) { }

        public void entityRetired(Entity<R> e, Entity<R> into) { }

        public void entityRevived(Entity<R> e) { }

        public void mentionAssigned(Mention<R> m, Entity<R> from, Entity<R> to) { }

        public void event(EntityEvent event) { }
    }
}
