package org.crosslink.pipeline;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.crosslink.intake.Rejection;
import org.crosslink.resolve.LocationRecord;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.store.BatchStore;
import org.crosslink.store.Json;
import org.crosslink.store.NearMissPolicy;
import org.crosslink.store.ResolverLease;
import org.crosslink.store.StoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch's lifecycle around the per-report stages: {@link #begin} recognises messages already processed
 * before a crash, {@link #commit} writes everything in one database transaction, {@link #deadLetter} takes
 * a report that failed every retry out of the batch, and {@link #abort} undoes a batch that did not commit.
 */
public final class BatchStage {
    private static final Logger LOG = LoggerFactory.getLogger(BatchStage.class);
    private final BatchStore store;
    private final ResolutionEngine engine;
    private final Deliveries deliveries;
    private final Clock clock;
    private final AtomicLong eventIds;
    private final List<Consumer<Batch>> onCommit = new CopyOnWriteArrayList<>();
    private final List<Runnable> onLeaseLost = new CopyOnWriteArrayList<>();
    private String actor = "crosslink-bus";
    private NearMissPolicy nearMisses = NearMissPolicy.none();

    public BatchStage(BatchStore store, ResolutionEngine engine, Deliveries deliveries, Clock clock, AtomicLong eventIds) {
        this.store = store;
        this.engine = engine;
        this.deliveries = deliveries;
        this.clock = clock;
        this.eventIds = eventIds;
    }

    /** The identity the bus acts as in the audit log. */
    public void actor(String actor) {
        this.actor = actor;
    }

    /** Which rejected candidates of each mention the batches keep as near misses. */
    public void nearMisses(NearMissPolicy policy) {
        this.nearMisses = policy;
    }

    /** Every batch checks, in its own transaction, that this instance still holds the resolver lease. */
    public void fence(ResolverLease lease) {
        store.fence(lease);
    }

    /** Called once intake has stopped because this instance lost the resolver lease. */
    public void onLeaseLost(Runnable listener) {
        onLeaseLost.add(listener);
    }

    void leaseLost() {
        onLeaseLost.forEach(Runnable::run);
    }

    /** Called after every committed batch (metrics, the outbox relay, replay progress). */
    public void onCommit(Consumer<Batch> listener) {
        onCommit.add(listener);
    }

    public void begin(Batch batch) throws Exception {
        // kept by the batch, not here: with the commit pipelined, the next batch begins before this one commits
        batch.begun(engine.nextMentionId(), eventIds.get());
        engine.bind(new StoreListener<PersonRecord>("P", batch.writes(), eventIds, clock, actor, nearMisses),
                new StoreListener<LocationRecord>("L", batch.writes(), eventIds, clock, actor, nearMisses), batch.undo());
        recogniseRedeliveries(batch);
    }

    /** A message whose effects were committed before a crash comes back: acknowledge it, count nothing twice. */
    private void recogniseRedeliveries(Batch batch) throws Exception {
        Map<String, Item> byKey = new HashMap<>();
        for (Item item : batch.items()) {
            byKey.put(item.messageKey(), item);
        }
        for (BatchStore.Delivered d : store.delivered(byKey.keySet())) {
            redelivered(byKey.get(d.messageKey()), Outcome.valueOf(d.outcome()), d.reason(), d.reportKey());
        }
    }

    private void redelivered(Item item, Outcome was, String reason, String reportKey) {
        item.settle(Outcome.REDELIVERED, was.name());
        // its answer left with its acknowledgement, which never happened: send the answer again
        if (was == Outcome.REJECTED) {
            Rejection first = Json.MAPPER.readValue(reason, Rejection[].class)[0];
            String reportId = reportKey == null ? null : reportKey.substring(reportKey.indexOf('/') + 1);
            item.batch().outgoing().add(IntakeStage.rejection(item, reportId, first.code().name(), reason));
        } else if (was == Outcome.DEAD_LETTERED) {
            item.batch().outgoing().add(deadLetterMessage(item, reason));
        }
        LOG.info("event=report.redelivered source={} message={} was={}", item.source(), item.messageKey(), was);
    }

    /** Writes the batch, and its audit entries, in one database transaction. */
    public void commit(Batch batch) throws Exception {
        store.commit(batch.writes(), batch.size());
    }

    /** A report that failed after every retry: every change it made is undone, and it goes to the dead-letter queue. */
    public void deadLetter(Item item, Exception cause) {
        if (item.mark() >= 0) {
            item.batch().undo().rollbackTo(item.mark());
        }
        String reason = cause == null ? "unknown failure" : cause.getClass().getName() + ": " + cause.getMessage();
        if (reason.length() > 2000) {
            reason = reason.substring(0, 2000);
        }
        deliveries.settle(item, Outcome.DEAD_LETTERED, null, null, reason);
        item.batch().outgoing().add(deadLetterMessage(item, reason));
        LOG.error("event=report.dead-lettered source={} message={} error={}", item.source(), item.messageKey(),
                cause == null ? "-" : cause.getClass().getSimpleName());
    }

    private Outgoing deadLetterMessage(Item item, String reason) {
        return new Outgoing.DeadLettered(item, reason, clock.instant());
    }

    /**
     * Undoes everything a batch did in memory: it did not commit. With the commit pipelined, a batch
     * begun after this one is undone first.
     */
    public void abort(Batch batch) {
        batch.undo().rollbackTo(0);
        if (batch.begun()) {
            engine.setNextMentionId(batch.mentionIdsAtBegin());
            eventIds.set(batch.eventIdsAtBegin());
        }
    }

    /** The batch is durable in the database: its changes in memory are final. */
    public void committed(Batch batch) {
        batch.undo().clear();
        for (Consumer<Batch> listener : onCommit) {
            try {
                listener.accept(batch);
            } catch (RuntimeException e) {
                LOG.warn("event=batch.listener-failed error={}", e.toString());
            }
        }
    }

    private final AtomicLong pauses = new AtomicLong();

    /** The consumer paused because the database was away. */
    void paused() {
        pauses.incrementAndGet();
    }

    /** How many times intake paused for a database outage since start. */
    public long pauses() {
        return pauses.get();
    }

    /** True when a failure is the database being away: waited out, not blamed on a report. */
    public boolean outage(Exception failure) {
        return store.isOutage(failure);
    }
}
