package org.crosslink.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.crosslink.store.ResolverLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of a batch, on one thread: take it from the inbound queues, {@link BatchStage#begin begin} it, run
 * the intake route over it (stages 10 to 40, in memory), commit it (stage 50, the commit route: one database
 * transaction), then acknowledge it to the broker with its answers ({@link #settle}). A report is acknowledged
 * only after its effects are committed.
 * <p>
 * Pipelined ({@code crosslink.intake.pipeline-commit}), the commit runs on a thread of its own ({@link Committer})
 * while this thread takes and resolves the next batch; it then waits for that commit and acknowledges it before
 * handing over the next. The next batch's work in memory rests on the one in flight: if that one fails, the next
 * is undone first, the failed one is dealt with as below, and the next is taken again from the start.
 * <p>
 * When a batch fails ({@link #recover}): if the database is away, the bus pauses and tries the same messages
 * again when it is back; if the database is there, one report must be at fault, so the batch is taken one
 * report at a time ({@link #isolate}), each retried with back-off, and the one that still fails is
 * dead-lettered. If another instance took the resolver lease, this one stops taking reports.
 * <p>
 * Plain Java: the Camel adapter supplies the two routes and the thread; a test can supply them without Camel.
 */
public final class BatchCycle implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(BatchCycle.class);

    /** The two routes a batch goes through. */
    public interface Routes {
        /** The intake route over the batch: every report examined, deduplicated, resolved and assessed in memory. Its failure, or null. */
        Exception run(Batch batch);

        /** The commit route: the batch's database transaction. Its failure, or null once the batch is durable. */
        Exception commit(Batch batch);
    }

    /** How batches are taken: at most {@code batchSize}, waiting as {@link Inbound#receive} says; whether the commit is pipelined. */
    public record Options(int batchSize, long batchWaitMs, long idleWaitMs, boolean pipelineCommit) {
        public Options {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
            }
        }
    }

    /** A wait between attempts: a sleep on the bus; recorded, not slept, in a test. */
    public interface Pause {
        void pause(long ms);

        /** Sleeps; an interrupt ends the sleep and is kept for the loop to see. */
        static void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final Inbound inbound;
    private final BatchStage stage;
    private final Routes routes;
    private final Options options;
    private final RetryPolicy retry;
    private final Committer committer;
    private final Pause pause;
    private final BatchTiming timing = new BatchTiming();
    private volatile boolean running = true;

    /**
     * @param commits one thread for the pipelined commit, or null when the commit is not pipelined
     */
    public BatchCycle(Inbound inbound, BatchStage stage, Routes routes, Options options, RetryPolicy retry,
                      ExecutorService commits, Pause pause) {
        if (options.pipelineCommit() && commits == null) {
            throw new IllegalArgumentException("a pipelined commit needs a thread of its own");
        }
        this.inbound = inbound;
        this.stage = stage;
        this.routes = routes;
        this.options = options;
        this.retry = retry;
        // not pipelined, nothing is ever submitted: the committer stays idle and has no thread
        this.committer = new Committer(commits, routes::commit);
        this.pause = pause;
    }

    /** Asks the loop to end after the batch in hand; the batch in flight is settled before {@link #run} returns. */
    public void stop() {
        running = false;
    }

    /** False once stopped, or once this instance lost the resolver lease. */
    public boolean running() {
        return running;
    }

    /** The intake loop: runs until {@link #stop}, riding out broker outages with back-off. */
    @Override
    public void run() {
        long backoff = retry.outageInitialBackoffMs();
        while (running) {
            try {
                if (!inbound.isOpen()) {
                    inbound.open();
                }
                long t0 = System.nanoTime();
                Batch batch = inbound.receive(options.batchSize(), options.batchWaitMs(), options.idleWaitMs());
                if (batch.isEmpty()) {
                    // nothing new: do not wait for the batch in flight, so that a batch arriving meanwhile is resolved alongside
                    settleIfCommitted();
                } else {
                    long t1 = System.nanoTime();
                    handle(batch);
                    timing.record(batch.size(), t1 - t0, System.nanoTime() - t1);
                }
                backoff = retry.outageInitialBackoffMs();
            } catch (Exception e) {
                brokerLost(e, String.valueOf(backoff));
                inbound.close();
                pause.pause(backoff);
                backoff = retry.nextOutageBackoff(backoff);
            }
        }
        try {
            settle(null);
        } catch (Exception e) {
            brokerLost(e, "-");
        }
    }

    private void handle(Batch batch) throws Exception {
        if (!options.pipelineCommit()) {
            long t0 = System.nanoTime();
            Exception failure = process(batch);
            if (failure != null) {
                recover(batch, failure);
                return;
            }
            long t1 = System.nanoTime();
            acknowledge(batch);
            timing.route(t1 - t0, System.nanoTime() - t1);
            return;
        }
        settleIfCommitted(); // acknowledged now rather than after this batch's route
        Exception failure = routes.run(batch);
        if (!settle(batch)) {
            if (running && inbound.holds(batch)) {
                handle(fresh(batch.items()));
            }
            return;
        }
        if (failure != null) {
            recover(batch, failure);
            return;
        }
        committer.submit(batch);
    }

    /**
     * The batch in flight, if any: waits for its commit, then acknowledges it, or deals with its failure.
     *
     * @param onTop a batch resolved on top of the one in flight, or null: undone first if that one fails or
     *              cannot be acknowledged, since its work in memory rests on it
     * @return false when the batch in flight failed (and {@code onTop} was undone)
     */
    private boolean settle(Batch onTop) throws Exception {
        if (!committer.busy()) {
            return true;
        }
        Committer.Written previous = committer.take();
        if (previous.failure() != null) {
            abortIfAny(onTop);
            recover(previous.batch(), previous.failure());
            return false;
        }
        try {
            acknowledge(previous.batch());
        } catch (Exception e) {
            abortIfAny(onTop);
            throw e;
        }
        return true;
    }

    /** Acknowledges the batch in flight if its commit has already ended; never waits for it. */
    private void settleIfCommitted() throws Exception {
        if (committer.done()) {
            settle(null);
        }
    }

    private void abortIfAny(Batch batch) {
        if (batch != null) {
            stage.abort(batch);
        }
    }

    /**
     * The broker session is gone (logged once here): the batch in flight is kept in memory if it committed
     * (its messages come back and are recognised as processed), undone if not.
     */
    private void brokerLost(Exception e, String retryInMs) {
        LOG.warn("event=intake.broker-unavailable error={} retryInMs={}", e.toString(), retryInMs);
        if (!committer.busy()) {
            return;
        }
        Committer.Written previous = committer.take();
        if (previous.failure() == null) {
            stage.committed(previous.batch());
        } else {
            stage.abort(previous.batch());
        }
    }

    /** A batch that failed (undone here): wait out an outage and try again, or take it one report at a time. */
    private void recover(Batch failed, Exception firstFailure) throws Exception {
        long backoff = retry.outageInitialBackoffMs();
        Batch batch = failed;
        Exception failure = firstFailure;
        while (true) {
            stage.abort(batch);
            if (leaseLost(failure)) {
                stopForLease(batch, failure);
                return;
            }
            if (!outage(failure)) {
                LOG.warn("event=batch.failed size={} error={} action=isolate", batch.size(), failure.toString());
                isolate(batch);
                return;
            }
            LOG.warn("event=batch.paused size={} error={} retryInMs={}", batch.size(), failure.toString(), backoff);
            stage.paused();
            if (!running) {
                inbound.rollback();
                return;
            }
            pause.pause(backoff);
            backoff = retry.nextOutageBackoff(backoff);
            batch = fresh(batch.items());
            failure = process(batch);
            if (failure == null) {
                acknowledge(batch);
                return;
            }
        }
    }

    /** One report at a time, each with bounded, backed-off retries; one that still fails is dead-lettered. */
    private void isolate(Batch failed) throws Exception {
        List<Outgoing> outgoing = new ArrayList<>();
        for (Item item : failed.items()) {
            Exception failure = null;
            for (int attempt = 0; attempt <= retry.maximumRedeliveries(); attempt++) {
                if (attempt > 0) {
                    pause.pause(retry.redeliveryDelayMs(attempt));
                }
                Batch single = fresh(List.of(item));
                failure = process(single);
                if (failure == null) {
                    stage.committed(single);
                    outgoing.addAll(single.outgoing().items());
                    break;
                }
                stage.abort(single);
                if (leaseLost(failure)) {
                    stopForLease(failed, failure);
                    return;
                }
                if (outage(failure)) {
                    inbound.rollback();
                    return;
                }
            }
            if (failure != null) {
                Batch dead = fresh(List.of(item));
                stage.begin(dead);
                stage.deadLetter(dead.items().get(0), failure);
                try {
                    stage.commit(dead);
                } catch (ResolverLease.LeaseLost e) {
                    stage.abort(dead);
                    stopForLease(failed, e);
                    return;
                }
                stage.committed(dead);
                outgoing.addAll(dead.outgoing().items());
            }
        }
        inbound.commit(failed.items(), outgoing);
    }

    /** The intake route, then the commit route, on this thread. */
    private Exception process(Batch batch) {
        Exception failure = routes.run(batch);
        return failure != null ? failure : routes.commit(batch);
    }

    private void acknowledge(Batch batch) throws Exception {
        // the database has the batch: whatever the broker does now, memory must keep it
        stage.committed(batch);
        inbound.commit(batch.items(), batch.outgoing().items());
    }

    /** Another instance resolves now: this one writes nothing more, and the batch goes back to the queue. */
    private void stopForLease(Batch batch, Exception failure) {
        LOG.error("event=lease.lost size={} action=stop-intake error={}", batch.size(), failure.toString());
        inbound.rollback();
        running = false;
        stage.leaseLost();
    }

    private static boolean leaseLost(Exception failure) {
        return causedBy(failure, ResolverLease.LeaseLost.class);
    }

    /** An outage is waited out; anything else is a fault of the data. */
    private boolean outage(Exception failure) {
        return stage.outage(failure);
    }

    private static boolean causedBy(Exception failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Batch fresh(List<Item> items) {
        Batch batch = new Batch(Instant.now());
        for (Item item : items) {
            item.copyInto(batch);
        }
        return batch;
    }
}
