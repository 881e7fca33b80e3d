package org.crosslink.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.crosslink.audit.Checkpoint;
import org.crosslink.audit.CheckpointKeys;
import org.crosslink.messaging.AuditCheckpoints;
import org.crosslink.messaging.BrokerClient;
import org.crosslink.store.AuditLog;
import org.crosslink.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs the audit chain's head and publishes it to the checkpoints' queue: when the bus starts, at every interval
 * when the chain has grown, and when the bus stops. A failed publication is logged and tried again at the next
 * interval; it never stops the bus.
 */
public final class CheckpointPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointPublisher.class);
    private final AuditLog audit;
    private final Database db;
    private final BrokerClient client;
    private final AuditCheckpoints checkpoints;
    private final CheckpointKeys.Signer signer;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "audit-checkpoints");
        t.setDaemon(true);
        return t;
    });
    private long published = -1;

    public CheckpointPublisher(AuditLog audit, Database db, BrokerClient client, AuditCheckpoints checkpoints,
                               CheckpointKeys.Signer signer, Clock clock) {
        this.audit = audit;
        this.db = db;
        this.client = client;
        this.checkpoints = checkpoints;
        this.signer = signer;
        this.clock = clock;
    }

    /** Publishes now, then every interval. */
    public CheckpointPublisher start(Duration interval) {
        publish();
        timer.scheduleWithFixedDelay(this::publish, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Signs and publishes the head if it moved since the last publication; returns the checkpoint, or null. */
    public synchronized Checkpoint publish() {
        try {
            AuditLog.Head head = audit.head(db);
            if (head.seq() == 0 || head.seq() == published) {
                return null;
            }
            Checkpoint cp = signer.sign(head.seq(), head.hash(), clock.instant());
            checkpoints.publish(client, cp);
            published = head.seq();
            LOG.info("event=audit.checkpoint seq={}", head.seq());
            return cp;
        } catch (Exception e) {
            LOG.warn("event=audit.checkpoint-failed error={}", e.toString());
            return null;
        }
    }

    /** Stops the timer and publishes the last head. */
    @Override
    public void close() {
        timer.shutdownNow();
        publish();
    }
}
