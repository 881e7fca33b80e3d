package org.crosslink.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.annotation.JsonInclude;

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
    private final NearMissPolicy nearMisses;
    // where the insert rows of this batch's new mentions and entities are, to write them once in their final state
    private final Map<Long, Integer> pendingMentions = new HashMap<>();
    private final Map<String, Integer> pendingEntities = new HashMap<>();

    public StoreListener(String kind, WriteSet writes, AtomicLong eventIds, Clock clock, String actor) {
        this(kind, writes, eventIds, clock, actor, NearMissPolicy.none());
    }

    /** A listener that also keeps each new mention's strongest rejected candidates, as the policy says. */
    public StoreListener(String kind, WriteSet writes, AtomicLong eventIds, Clock clock, String actor, NearMissPolicy nearMisses) {
        this.nearMisses = nearMisses;
        this.kind = kind;
        this.writes = writes;
        this.eventIds = eventIds;
        this.clock = clock;
        this.actor = actor;
    }

    /**
     * The evidence of a link as stored: no values, only fields, levels and weights, what held the two apart if
     * anything did, and why the two are a question rather than a match if a rule said so.
     */
    public record Evidence(double total, double probability, List<Item> comparisons, String heldApart,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String question) {
        public record Item(String field, String level, double weight) {
        }
    }

    @Override
    public void mentionAdded(Mention<R> m, long[] blockHashes) {
        MentionFacts facts = (MentionFacts) m.meta();
        pendingMentions.put(m.id(), writes.mentionInserts.size());
        writes.mentionInserts.add(new Rows.Mention(m.id(), kind, m.key().toString(), m.key().report().toString(),
                m.key().ref(), m.revision(), m.seq(), "", Json.write(m.record()), BlockingKeys.encode(blockHashes),
                FactsCodec.encode(facts)));
    }

    @Override
    public void mentionRemoved(Mention<R> m) {
        writes.mentionDeletes.add(m.id());
    }

    @Override
    public void linkAdded(Edge edge, Score score) {
        long a = Math.min(edge.a().id(), edge.b().id());
        long b = Math.max(edge.a().id(), edge.b().id());
        writes.linkChanges.add(new Rows.LinkChange(false, new Rows.Link(a, b, kind, score.outcome().name(), score.probability(),
                score.total(), evidence(score))));
    }

    /** A rejected candidate strong enough to be worth showing is kept, with its evidence, among the mention's strongest. */
    @Override
    public void compared(Mention<R> m, Mention<R> candidate, Score score) {
        if (nearMisses.keeps(score)) {
            nearMisses.offer(writes.nearMisses, m.id(), candidate.id(), kind, score, () -> evidence(score));
        }
    }

    /** A new model scores every pair again: the near misses kept so far go, and the new ones replace them. */
    @Override
    public void rescoring() {
        writes.nearMissResets.add(new Rows.NearMissReset(kind, writes.nearMisses.size()));
    }

    private static String evidence(Score score) {
        List<Evidence.Item> items = new ArrayList<>(score.comparisons().size());
        for (Comparison c : score.comparisons()) {
            items.add(new Evidence.Item(c.field(), c.level().name(), Math.round(c.weight() * 100) / 100.0));
        }
        return Json.write(new Evidence(score.total(), score.probability(), items, score.heldApart(), score.question()));
    }

    @Override
    public void linkRemoved(Edge edge) {
        long a = Math.min(edge.a().id(), edge.b().id());
        long b = Math.max(edge.a().id(), edge.b().id());
        writes.linkChanges.add(new Rows.LinkChange(true, new Rows.Link(a, b, kind, edge.outcome().name(), edge.probability(), 0, "")));
    }

    /** A new entity is only the entity id on its mentions: nothing to write until it retires. */
    @Override
    public void entityCreated(Entity<R> e, Mention<R> founder) {
    }

    @Override
    public void entityRetired(Entity<R> e, Entity<R> into) {
        entityState(new Rows.Entity(e.id(), kind, e.createdSeq(), false, into == null ? null : into.id(), clock.instant()));
    }

    @Override
    public void entityRevived(Entity<R> e) {
        entityState(new Rows.Entity(e.id(), kind, e.createdSeq(), true, null, clock.instant()));
    }

    /** The latest state of a retired or revived entity in this batch is written once. */
    private void entityState(Rows.Entity row) {
        Integer pending = pendingEntities.get(row.id());
        if (pending != null && pending < writes.entityUpdates.size() && writes.entityUpdates.items().get(pending).id().equals(row.id())) {
            writes.entityUpdates.set(pending, row);
        } else {
            pendingEntities.put(row.id(), writes.entityUpdates.size());
            writes.entityUpdates.add(row);
        }
    }

    @Override
    public void mentionAssigned(Mention<R> m, Entity<R> from, Entity<R> to) {
        Integer pending = pendingMentions.get(m.id());
        if (pending != null && pending < writes.mentionInserts.size() && writes.mentionInserts.items().get(pending).id() == m.id()) {
            Rows.Mention row = writes.mentionInserts.items().get(pending);
            writes.mentionInserts.set(pending, new Rows.Mention(row.id(), row.kind(), row.mentionKey(), row.reportKey(), row.ref(),
                    row.revision(), row.seq(), to.id(), row.record(), row.blockingKeys(), row.facts()));
        } else {
            writes.mentionUpdates.add(new Rows.MentionEntity(m.id(), to.id()));
        }
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
