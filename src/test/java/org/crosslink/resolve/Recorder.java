package org.crosslink.resolve;

import java.util.ArrayList;
import java.util.List;

import org.crosslink.resolve.score.Score;

/** A listener that keeps the merge and split events and the links resolution reports to it. */
public final class Recorder<R> implements ResolutionListener<R> {
    public final List<EntityEvent> events = new ArrayList<>();
    public final List<Edge> links = new ArrayList<>();
    public final List<String> created = new ArrayList<>();
    public final List<String> revived = new ArrayList<>();
    public final List<String> retired = new ArrayList<>();

    public List<EntityEvent> events(EntityEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    public void clear() {
        events.clear();
        links.clear();
        created.clear();
        revived.clear();
        retired.clear();
    }

    @Override
    public void mentionAdded(Mention<R> m, long[] blockHashes) {
    }

    @Override
    public void mentionRemoved(Mention<R> m) {
    }

    @Override
    public void linkAdded(Edge edge, Score score) {
        links.add(edge);
    }

    @Override
    public void entityCreated(Entity<R> e, Mention<R> founder) {
        created.add(e.id());
    }

    @Override
    public void entityRetired(Entity<R> e, Entity<R> into) {
        retired.add(e.id());
    }

    @Override
    public void entityRevived(Entity<R> e) {
        revived.add(e.id());
    }

    @Override
    public void mentionAssigned(Mention<R> m, Entity<R> from, Entity<R> to) {
    }

    @Override
    public void event(EntityEvent event) {
        events.add(event);
    }
}
