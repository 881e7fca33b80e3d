package org.crosslink.camel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.support.DefaultConsumer;
import org.crosslink.pipeline.Batch;
import org.crosslink.pipeline.BatchCycle;
import org.crosslink.pipeline.BatchStage;
import org.crosslink.pipeline.Inbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Camel side of {@code crosslink-inbound}: runs the {@link BatchCycle} on a thread of its own, with the
 * route this consumer feeds as the intake route and the endpoint's {@code commitUri} as the commit route.
 * Everything a batch goes through (begin, commit, acknowledge, recover, isolate) is the cycle's.
 */
final class InboundConsumer extends DefaultConsumer implements BatchCycle.Routes {
    private static final Logger LOG = LoggerFactory.getLogger(InboundConsumer.class);
    private final InboundEndpoint endpoint;
    private final Inbound inbound;
    private final BatchStage stage;
    private ExecutorService executor;
    private ExecutorService commitExecutor;
    private ProducerTemplate commits;
    private Endpoint commitRoute;
    private BatchCycle cycle;

    InboundConsumer(InboundEndpoint endpoint, Processor processor, Inbound inbound, BatchStage stage) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.inbound = inbound;
        this.stage = stage;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ExecutorServiceManager threads = getEndpoint().getCamelContext().getExecutorServiceManager();
        commits = getEndpoint().getCamelContext().createProducerTemplate(); // returned started
        commitRoute = getEndpoint().getCamelContext().getEndpoint(endpoint.getCommitUri());
        if (endpoint.isPipelineCommit()) {
            commitExecutor = threads.newSingleThreadExecutor(this, "crosslink-commit");
        }
        cycle = new BatchCycle(inbound, stage, this, new BatchCycle.Options(endpoint.getBatchSize(), endpoint.getBatchWaitMs(),
                endpoint.getIdleWaitMs(), endpoint.isPipelineCommit()), endpoint.retryPolicy(), commitExecutor, BatchCycle.Pause::sleep);
        executor = threads.newSingleThreadExecutor(this, "crosslink-intake");
        executor.submit(cycle);
    }

    @Override
    protected void doStop() throws Exception {
        ExecutorServiceManager threads = getEndpoint().getCamelContext().getExecutorServiceManager();
        if (cycle != null) {
            cycle.stop();
        }
        if (executor != null) {
            executor.shutdown();
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("event=intake.stop-timeout");
            }
            threads.shutdownNow(executor);
        }
        if (commitExecutor != null) {
            // the intake thread has waited for the batch in flight: nothing is left to commit
            threads.shutdownGraceful(commitExecutor);
        }
        if (commits != null) {
            commits.stop();
        }
        inbound.close();
        super.doStop();
        LOG.info("event=intake.stopped");
    }

    /** The route this consumer feeds (stage 10 and the stages it calls) over the batch. */
    @Override
    public Exception run(Batch batch) {
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

    /** The commit route (stage 50, {@code commitUri}) over the batch. */
    @Override
    public Exception commit(Batch batch) {
        Exchange done = commits.send(commitRoute, e -> e.getIn().setBody(batch));
        return done.getException();
    }
}
