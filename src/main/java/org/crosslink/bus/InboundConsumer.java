package org.crosslink.bus;

import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultConsumer;
import org.crosslink.store.ResolverLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the intake loop on one thread: take a batch, run the intake route over it, commit it (the commit
 * route, one database transaction), then acknowledge it to the broker. A report is acknowledged only after
 * its effects are committed.
 * <p>
 * Pipelined ({@code crosslink.intake.pipeline-commit}), the commit runs on a thread of its own ({@link Committer}) while this thread
 * takes and resolves the next batch; it then waits for that commit and acknowledges it before handing over
 * the next. The next batch's work in memory rests on the one in flight: if that one fails, the next is
 * undone first, the failed one is dealt with as below, and the next is taken again from the start.
 * <p>
 * When a batch fails to commit: if the database is away, the bus pauses and tries the same messages
 * again when it is back; if the database is there, one report must be at fault, so the batch is taken
 * one report at a time, each retried with back-off, and the one that still fails is dead-lettered.
 */
final class InboundConsumer extends DefaultConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(InboundConsumer.class);
    private final InboundEndpoint endpoint;
    private final InboundReceiver receiver;
    private final BatchStage stage;
    private ExecutorService executor;
    private ExecutorService commitExecutor;
    private ProducerTemplate commits;
    private Endpoint commitRoute;
    private Committer committer;
    private final BatchTiming timing = new BatchTiming();
    private volatile boolean running;

    InboundConsumer(InboundEndpoint endpoint, Processor processor, InboundReceiver receiver, BatchStage stage) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.receiver = receiver;
        this.stage = stage;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        running = true;
        commits = getEndpoint().getCamelContext().createProducerTemplate(); // returned started
        commitRoute = getEndpoint().getCamelContext().getEndpoint(endpoint.getCommitUri());
        if (endpoint.isPipelineCommit()) {
            commitExecutor = getEndpoint().getCamelContext().getExecutorServiceManager().newSingleThreadExecutor(this, "crosslink-commit");
        }
        // not pipelined, nothing is ever submitted: the committer stays idle and has no thread
        committer = new Committer(commitExecutor, this::commit);
        executor = getEndpoint().getCamelContext().getExecutorServiceManager().newSingleThreadExecutor(this, "crosslink-intake");
        executor.submit(this::loop);
    }

    @Override
    protected void doStop() throws Exception {
        running = false;
        if (executor != null) {
            executor.shutdown();
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("event=intake.stop-timeout");
            }
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(executor);
        }
        if (commitExecutor != null) {
            // the intake thread has waited for the batch in flight: nothing is left to commit
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(commitExecutor);
        }
        if (commits != null) {
            commits.stop();
        }
        receiver.close();
        super.doStop();
        LOG.info("event=intake.stopped");
    }

    private void loop() {
        long backoff = endpoint.getOutageInitialBackoffMs();
        while (running && isRunAllowed()) {
            try {
                if (!receiver.isOpen()) {
                    receiver.open();
                }
                long t0 = System.nanoTime();
                Batch batch = receiver.receive(endpoint.getBatchSize(), endpoint.getBatchWaitMs(), endpoint.getIdleWaitMs());
                if (batch.isEmpty()) {
                    // nothing new: do not wait for the batch in flight, so that a batch arriving meanwhile is resolved alongside
                    settleIfCommitted();
                } else {
                    long t1 = System.nanoTime();
                    handle(batch);
                    timing.record(batch.size(), t1 - t0, System.nanoTime() - t1);
                }
                backoff = endpoint.getOutageInitialBackoffMs();
            } catch (Exception e) {
                brokerLost(e, String.valueOf(backoff));
                receiver.close();
                pause(backoff);
                backoff = Math.min(backoff * 2, endpoint.getOutageMaxBackoffMs());
            }
        }
        try {
            settle(null);
        } catch (Exception e) {
            brokerLost(e, "-");
        }
    }

    private void handle(Batch batch) throws Exception {
        if (!endpoint.isPipelineCommit()) {
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
        Exception failure = run(batch);
        if (!settle(batch)) {
            if (running && receiver.holds(batch)) {
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
        long backoff = endpoint.getOutageInitialBackoffMs();
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
                receiver.rollback();
                return;
            }
            pause(backoff);
            backoff = Math.min(backoff * 2, endpoint.getOutageMaxBackoffMs());
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
            long delay = endpoint.getRedeliveryDelayMs();
            for (int attempt = 0; attempt <= endpoint.getMaximumRedeliveries(); attempt++) {
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
                    receiver.rollback();
                    return;
                }
                pause(delay);
                delay *= 2;
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
        receiver.commit(failed.items(), outgoing);
    }

    /** The intake route, then the commit route, on this thread. */
    private Exception process(Batch batch) {
        Exception failure = run(batch);
        return failure != null ? failure : commit(batch);
    }

    /** The commit route: the batch's database transaction. Returns its failure, or null once it is durable. */
    private Exception commit(Batch batch) {
        Exchange done = commits.send(commitRoute, e -> e.getIn().setBody(batch));
        return done.getException();
    }

    /** The intake route over the batch: every report examined, deduplicated, resolved and assessed in memory. */
    private Exception run(Batch batch) {
        Exchange exchange = createExchange(false);
        exchange.getIn().setBody(batch);
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        Exception failure = exchange.getException();
        releaseExchange(exchange, false);
        return failure;
    }

    private void acknowledge(Batch batch) throws Exception {
        // the database has the batch: whatever the broker does now, memory must keep it
        stage.committed(batch);
        receiver.commit(batch.items(), batch.outgoing().items());
    }

    /** Another instance resolves now: this one writes nothing more, and the batch goes back to the queue. */
    private void stopForLease(Batch batch, Exception failure) throws Exception {
        LOG.error("event=lease.lost size={} action=stop-intake error={}", batch.size(), failure.toString());
        receiver.rollback();
        running = false;
        stage.leaseLost();
    }

    private static boolean leaseLost(Exception failure) {
        return causedBy(failure, ResolverLease.LeaseLost.class);
    }

    /** An outage is waited out; anything else is a fault of the data. */
    private boolean outage(Exception failure) {
        return causedBy(failure, SQLTransientException.class) || !stage.databaseReachable();
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
        Batch batch = new Batch(java.time.Instant.now());
        for (Item item : items) {
            item.copyInto(batch);
        }
        return batch;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
