package org.crosslink.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.crosslink.audit.AuditAction;
import org.crosslink.audit.AuditEntry;
import org.crosslink.model.MentionFacts;
import org.crosslink.resolve.Edge;
import org.crosslink.resolve.Entity;
import org.crosslink.resolve.EntityEvent;
import org.crosslink.resolve.Mention;
import org.crosslink.resolve.ResolutionListener;
import org.crosslink.resolve.compare.Comparison;
import org.crosslink.resolve.score.Score;

/**
 * Turns resolution's changes into the rows of the batch's {@link WriteSet}: the database becomes
 * the durable record of the in-memory index, written in the same transaction as the reports.
 */
public final class StoreListener<R> implements ResolutionListener<R> {
    private final String kind;
    private final WriteSet writes;
    private final AtomicLong eventIds;
    private final Clock clock;
    private final String actor;

    public StoreListener(String kind, WriteSet writes, AtomicLong eventIds, Clock clock, String actor) {
        this.kind = kind;
        this.writes = writes;
        this.eventIds = eventIds;
        this.clock = clock;
        this.actor = actor;
    }

    /** The evidence of a link as stored: no values, only fields, levels and weights. */
    public record Evidence(double total, double probability, List<Item> comparisons) {
        public record Item(String field, String level, double weight) {
        }
    }

    @Override
    public void mentionAdded(Mention<R> m, List<String> blockingKeys) {
        MentionFacts facts = (MentionFacts) m.meta();
        writes.mentionInserts.add(new Rows.Mention(m.id(), kind, m.key().toString(), m.key().report().toString(),
                m.key().ref(), m.revision(), m.seq(), "", Json.write(m.record()), String.join("\n", blockingKeys),
                FactsCodec.encode(facts)));
    }

    @Override
    public void mentionRemoved(Mention<R> m) {
        writes.mentionDeletes.add(m.id());
    }

    @Override
    public void linkAdded(Edge edge, Score score) {
        List<Evidence.Item> items = new ArrayList<>(score.comparisons().size());
        for (Comparison c : score.comparisons()) {
            items.add(new Evidence.Item(c.field(), c.level().name(), Math.round(c.weight() * 100) / 100.0));
        }
        long a = Math.min(edge.a().id(), edge.b().id());
        long b = Math.max(edge.a().id(), edge.b().id());
        writes.linkInserts.add(new Rows.Link(a, b, kind, score.outcome().name(), score.probability(), score.total(),
                Json.write(new Evidence(score.total(), score.probability(), items))));
    }

    @Override
    public void entityCreated(Entity<R> e, Mention<R> founder) {
        writes.entityInserts.add(new Rows.Entity(e.id(), kind, e.createdSeq(), true, null, clock.instant()));
    }

    @Override
    public void entityRetired(Entity<R> e, Entity<R> into) {
        writes.entityUpdates.add(new Rows.Entity(e.id(), kind, e.createdSeq(), false, into == null ? null : into.id(), clock.instant()));
    }

    @Override
    public void entityRevived(Entity<R> e) {
        writes.entityUpdates.add(new Rows.Entity(e.id(), kind, e.createdSeq(), true, null, clock.instant()));
    }

    @Override
    public void mentionAssigned(Mention<R> m, Entity<R> from, Entity<R> to) {
        writes.mentionUpdates.add(new Rows.MentionEntity(m.id(), to.id()));
    }

    @Override
    public void event(EntityEvent event) {
        String verb = event.kind() == EntityEvent.Kind.MERGE ? "merged into" : "split from";
        writes.audit.add(new AuditEntry(clock.instant(), actor, AuditAction.COMBINATION,
                event.cause() == null ? null : event.cause().report().toString(), event.entityId(), null, null,
                event.kind() + ": " + String.join(",", event.others()) + " " + verb + " " + event.entityId() + "; reason: " + event.reason()));
        writes.events.add(new Rows.EntityEvent(eventIds.getAndIncrement(), clock.instant(), event.kind().name(),
                event.entityId(), String.join(",", event.others()), event.cause() == null ? null : event.cause().toString(),
                event.reason()));
    }
}
