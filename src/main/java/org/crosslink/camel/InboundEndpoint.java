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
 * commits a batch, whether that commit is pipelined, and the back-offs.
 */
public final class InboundEndpoint extends DefaultEndpoint {
    private final Inbound inbound;
    private final BatchStage stage;
    private int batchSize = 500;
    private long batchWaitMs = 5;
    private long idleWaitMs = 100;
    private int maximumRedeliveries = 3;
    private long redeliveryDelayMs = 100;
    private long outageInitialBackoffMs = 500;
    private long outageMaxBackoffMs = 10_000;
    private String commitUri = "direct:commit-batch";
    private boolean pipelineCommit;

    InboundEndpoint(String uri, InboundComponent component, Inbound inbound, BatchStage stage) {
        super(uri, component);
        this.inbound = inbound;
        this.stage = stage;
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

    public int getMaximumRedeliveries() {
        return maximumRedeliveries;
    }

    public void setMaximumRedeliveries(int maximumRedeliveries) {
        this.maximumRedeliveries = maximumRedeliveries;
    }

    public long getRedeliveryDelayMs() {
        return redeliveryDelayMs;
    }

    public void setRedeliveryDelayMs(long redeliveryDelayMs) {
        this.redeliveryDelayMs = redeliveryDelayMs;
    }

    public long getOutageInitialBackoffMs() {
        return outageInitialBackoffMs;
    }

    public void setOutageInitialBackoffMs(long outageInitialBackoffMs) {
        this.outageInitialBackoffMs = outageInitialBackoffMs;
    }

    public long getOutageMaxBackoffMs() {
        return outageMaxBackoffMs;
    }

    public void setOutageMaxBackoffMs(long outageMaxBackoffMs) {
        this.outageMaxBackoffMs = outageMaxBackoffMs;
    }

    /** The retries of the batch cycle. */
    RetryPolicy retryPolicy() {
        return new RetryPolicy(maximumRedeliveries, redeliveryDelayMs, 2, outageInitialBackoffMs, outageMaxBackoffMs);
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
