package org.crosslink.bus;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

/**
 * {@code crosslink-inbound:all}: the bus's batching consumer of every source's inbound queue. Camel's JMS
 * component commits one message per transaction; a national bus needs one transaction per batch, so
 * this component hands a route a whole {@link Batch} and commits the broker side when the route is done.
 */
public final class InboundComponent extends DefaultComponent {
    private final InboundReceiver receiver;
    private final BatchStage stage;

    public InboundComponent(InboundReceiver receiver, BatchStage stage) {
        this.receiver = receiver;
        this.stage = stage;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        InboundEndpoint endpoint = new InboundEndpoint(uri, this, receiver, stage);
        setProperties(endpoint, parameters);
        return endpoint;
    }
}
