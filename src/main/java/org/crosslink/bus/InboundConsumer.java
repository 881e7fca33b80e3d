package org.crosslink.bus;

import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.crosslink.store.ResolverLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the intake loop on one thread: take a batch, run the route over it (the route ends with the
 * database commit), then acknowledge it to the broker. A report is acknowledged only after its effects
 * are committed.
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
                if (!batch.isEmpty()) {
                    long t1 = System.nanoTime();
                    handle(batch);
                    timing.record(batch.size(), t1 - t0, System.nanoTime() - t1);
                }
                backoff = endpoint.getOutageInitialBackoffMs();
            } catch (Exception e) {
                LOG.warn("event=intake.broker-unavailable error={} retryInMs={}", e.toString(), backoff);
                receiver.close();
                pause(backoff);
                backoff = Math.min(backoff * 2, endpoint.getOutageMaxBackoffMs());
            }
        }
    }

    private void handle(Batch batch) throws Exception {
        long backoff = endpoint.getOutageInitialBackoffMs();
        while (true) {
            long t0 = System.nanoTime();
            Exception failure = run(batch);
            if (failure == null) {
                long t1 = System.nanoTime();
                acknowledge(batch.items(), batch.outgoing().items(), batch);
                timing.route(t1 - t0, System.nanoTime() - t1);
                return;
            }
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
                receiver.rollback(batch);
                return;
            }
            pause(backoff);
            backoff = Math.min(backoff * 2, endpoint.getOutageMaxBackoffMs());
            batch = fresh(batch.items());
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
                failure = run(single);
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
                    receiver.rollback(failed);
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

    private void acknowledge(List<Item> items, List<Outgoing> outgoing, Batch batch) throws Exception {
        // the database has the batch: whatever the broker does now, memory must keep it
        stage.committed(batch);
        receiver.commit(items, outgoing);
    }

    /** Another instance resolves now: this one writes nothing more, and the batch goes back to the queue. */
    private void stopForLease(Batch batch, Exception failure) throws Exception {
        LOG.error("event=lease.lost size={} action=stop-intake error={}", batch.size(), failure.toString());
        receiver.rollback(batch);
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
