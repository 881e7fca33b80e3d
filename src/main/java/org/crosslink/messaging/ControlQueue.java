package org.crosslink.messaging;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;

/** The operator's control queue (only the admin role may send there): erasure requests, taken by the bus in its batches. */
public final class ControlQueue {
    private ControlQueue() {
    }

    /**
     * Sends a request (JSON) as a persistent text message with the request id the bus records its answer under:
     * the delivery of message key {@code r:<requestId>}.
     */
    public static void send(BrokerClient client, String queue, String requestId, String json) throws ActiveMQException {
        try (ClientSession session = client.transactedSession()) {
            ClientMessage m = session.createMessage(Message.TEXT_TYPE, true);
            m.putStringProperty(Headers.REQUEST_ID, requestId);
            m.getBodyBuffer().writeNullableSimpleString(SimpleString.of(json));
            session.createProducer(SimpleString.of(queue)).send(m);
            session.commit();
        }
    }
}
