package org.crosslink.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.crosslink.store.AuditLog;
import org.crosslink.store.BatchWriter;
import org.crosslink.store.Database;
import org.crosslink.store.Json;
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
    private final Database db;
    private final ResolutionEngine engine;
    private final Deliveries deliveries;
    private final Clock clock;
    private final AtomicLong eventIds;
    private final BatchWriter writer = new BatchWriter();
    private final AuditLog audit;
    private final List<Consumer<Batch>> onCommit = new CopyOnWriteArrayList<>();
    private final List<Runnable> onLeaseLost = new CopyOnWriteArrayList<>();
    private ResolverLease lease;
    private String actor = "crosslink-bus";

    public BatchStage(Database db, ResolutionEngine engine, Deliveries deliveries,
                      Clock clock, AtomicLong eventIds, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.engine = engine;
        this.deliveries = deliveries;
        this.clock = clock;
        this.eventIds = eventIds;
    }

    /** The identity the bus acts as in the audit log. */
    public void actor(String actor) {
        this.actor = actor;
    }

    /** Every batch checks, in its own transaction, that this instance still holds the resolver lease. */
    public void fence(ResolverLease lease) {
        this.lease = lease;
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

    public void begin(Batch batch) throws SQLException {
        // kept by the batch, not here: with the commit pipelined, the next batch begins before this one commits
        batch.begun(engine.nextMentionId(), eventIds.get());
        engine.bind(new StoreListener<PersonRecord>("P", batch.writes(), eventIds, clock, actor),
                new StoreListener<LocationRecord>("L", batch.writes(), eventIds, clock, actor), batch.undo());
        recogniseRedeliveries(batch);
    }

    /** A message whose effects were committed before a crash comes back: acknowledge it, count nothing twice. */
    private void recogniseRedeliveries(Batch batch) throws SQLException {
        Map<String, Item> byKey = new HashMap<>();
        for (Item item : batch.items()) {
            byKey.put(item.messageKey(), item);
        }
        StringBuilder sql = new StringBuilder("SELECT message_key, outcome, reason, report_key FROM delivery WHERE message_key IN (");
        for (int i = 0; i < byKey.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (String key : byKey.keySet()) {
                ps.setString(i++, key);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Item item = byKey.get(rs.getString(1));
                    redelivered(item, Outcome.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4));
                }
            }
            c.rollback();
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
    public void commit(Batch batch) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = db.connection()) {
            try {
                if (lease != null) {
                    lease.check(c);
                }
                writer.write(c, batch.writes());
                long written = System.nanoTime();
                audit.appendAndCommit(c, batch.writes().audit.items());
                if (LOG.isDebugEnabled()) {
                    LOG.debug("event=batch.committed reports={} writeMs={} commitMs={}", batch.size(),
                            (written - start) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
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

    private final java.util.concurrent.atomic.AtomicLong pauses = new java.util.concurrent.atomic.AtomicLong();

    /** The consumer paused because the database was away. */
    void paused() {
        pauses.incrementAndGet();
    }

    /** How many times intake paused for a database outage since start. */
    public long pauses() {
        return pauses.get();
    }

    public boolean databaseReachable() {
        return db.reachable();
    }
}
