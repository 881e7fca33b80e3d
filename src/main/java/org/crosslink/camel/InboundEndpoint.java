package org.crosslink.camel;

import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;
import org.crosslink.pipeline.BatchStage;
import org.crosslink.pipeline.Inbound;
import org.crosslink.pipeline.RetryPolicy;

/**
 * The endpoint of {@link InboundComponent}; its options are the batch size and the waits, the route that
 * commits a batch, and whether that commit is pipelined. Its retries are the component's.
 */
public final class InboundEndpoint extends DefaultEndpoint {
    private final Inbound inbound;
    private final BatchStage stage;
    private final RetryPolicy retry;
    private int batchSize = 500;
    private long batchWaitMs = 5;
    private long idleWaitMs = 100;
    private String commitUri = "direct:commit-batch";
    private boolean pipelineCommit;

    InboundEndpoint(String uri, InboundComponent component, Inbound inbound, BatchStage stage, RetryPolicy retry) {
        super(uri, component);
        this.inbound = inbound;
        this.stage = stage;
        this.retry = retry;
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("crosslink-inbound is a consumer only");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        InboundConsumer consumer = new InboundConsumer(this, processor, inbound, stage);
        configureConsumer(consumer);
        return consumer;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public long getBatchWaitMs() {
        return batchWaitMs;
    }

    public void setBatchWaitMs(long batchWaitMs) {
        this.batchWaitMs = batchWaitMs;
    }

    public long getIdleWaitMs() {
        return idleWaitMs;
    }

    public void setIdleWaitMs(long idleWaitMs) {
        this.idleWaitMs = idleWaitMs;
    }

    /** The retries of the batch cycle: the component's, from {@code crosslink.errors.*}. */
    RetryPolicy retryPolicy() {
        return retry;
    }

    /** The route each batch goes to once the intake route has run over it: the database transaction. */
    public String getCommitUri() {
        return commitUri;
    }

    public void setCommitUri(String commitUri) {
        this.commitUri = commitUri;
    }

    /** Whether a batch commits on a thread of its own while the next batch is resolved. */
    public boolean isPipelineCommit() {
        return pipelineCommit;
    }

    public void setPipelineCommit(boolean pipelineCommit) {
        this.pipelineCommit = pipelineCommit;
    }
}
