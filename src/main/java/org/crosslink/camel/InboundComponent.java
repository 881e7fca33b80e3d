package org.crosslink.camel;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;
import org.crosslink.pipeline.BatchStage;
import org.crosslink.pipeline.RetryPolicy;
import org.crosslink.pipeline.Inbound;

/**
 * {@code crosslink-inbound:all}: the bus's batching consumer of every source's inbound queue. Camel's JMS
 * component commits one message per transaction; a national bus needs one transaction per batch, so
 * this component hands a route a whole {@link Batch} and commits the broker side when the route is done.
 */
public final class InboundComponent extends DefaultComponent {
    private final Inbound inbound;
    private final BatchStage stage;
    private final RetryPolicy retry;

    /**
     * @param retry the bus's one retry policy ({@code crosslink.errors.*}), which the routes' error handler also reads
     */
    public InboundComponent(Inbound inbound, BatchStage stage, RetryPolicy retry) {
        this.inbound = inbound;
        this.stage = stage;
        this.retry = retry;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        InboundEndpoint endpoint = new InboundEndpoint(uri, this, inbound, stage, retry);
        setProperties(endpoint, parameters);
        return endpoint;
    }
}
